import Foundation
import Glibc
import Testing

/// The tmux harness, proved against small shell programs before it drives gongji.
@Suite(.noStrayProcesses)
struct HarnessTests {
    /// A program written in shell, run with `/bin/sh -c`.
    private func shell(_ script: String) -> [String] {
        ["/bin/sh", "-c", script]
    }

    /// Fails with "tmux is not installed: …" (the error's description) when it is missing.
    @Test func tmuxIsInstalled() throws {
        _ = try TmuxServer.locateExecutable()
    }

    @Test func typedTextAndEnterReachRead() async throws {
        let session = try TmuxSession(shell(#"printf 'name? '; read name; echo "hello <$name>""#))
        try await session.waitFor(text: "name?")
        try await session.send(keys: "Ada<Enter>")
        try await session.waitFor(text: "hello <Ada>")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.capture().contains("EXIT=0"))
    }

    @Test func namedKeysArriveAsTheirBytes() async throws {
        let keys = "<Enter><Tab><STab><Esc><BS><Up><Down><Left><Right><Home><End><PgUp><PgDn><Ins><Del>"
            + "<F1><F4><F5><F12><C-a><C-?><M-x><lt><Space*2>a;"
        let expected: [UInt8] = [
            0x0d, 0x09, 0x1b, 0x5b, 0x5a, 0x1b, 0x7f,
            0x1b, 0x5b, 0x41, 0x1b, 0x5b, 0x42, 0x1b, 0x5b, 0x44, 0x1b, 0x5b, 0x43,
            0x1b, 0x5b, 0x31, 0x7e, 0x1b, 0x5b, 0x34, 0x7e, 0x1b, 0x5b, 0x35, 0x7e, 0x1b, 0x5b, 0x36, 0x7e,
            0x1b, 0x5b, 0x32, 0x7e, 0x1b, 0x5b, 0x33, 0x7e,
            0x1b, 0x4f, 0x50, 0x1b, 0x4f, 0x53, 0x1b, 0x5b, 0x31, 0x35, 0x7e, 0x1b, 0x5b, 0x32, 0x34, 0x7e,
            0x01, 0x7f, 0x1b, 0x78, 0x3c, 0x20, 0x20, 0x61, 0x3b,
        ]
        let session = try TmuxSession(shell("stty raw -echo; echo READY; head -c \(expected.count) > keys.bin; stty sane"))
        try await session.waitFor(text: "READY")
        try await session.send(keys: keys)
        #expect(try await session.waitForExit() == 0)
        let received = try [UInt8](Data(contentsOf: URL(fileURLWithPath: session.directory + "/keys.bin")))
        #expect(received.map(hex) == expected.map(hex))
    }

    @Test func aLoneEscapeIsFollowedByAPauseLikeAPersonsTyping() async throws {
        let session = try TmuxSession(shell("stty raw -echo; echo READY; head -c 5 > keys.bin; stty sane"))
        try await session.waitFor(text: "READY")
        let started = ContinuousClock.now
        try await session.send(keys: "<Esc><Esc>x<M-y>")
        #expect(ContinuousClock.now - started >= session.escapePause * 2)
        #expect(try await session.waitForExit() == 0)
        let received = try [UInt8](Data(contentsOf: URL(fileURLWithPath: session.directory + "/keys.bin")))
        #expect(received == [0x1b, 0x1b, 0x78, 0x1b, 0x79])
    }

    @Test func textThatLooksLikeOptionsOrSeparatorsIsTypedAsIs() async throws {
        let session = try TmuxSession(shell(#"read -r line; echo "got [$line]""#))
        try await session.send(keys: "-n;")
        try session.type(" <Enter> \\;")
        try await session.send(keys: "<Enter>")
        try await session.waitFor(text: "got [-n; <Enter> \\;]")
    }

    @Test func chineseTextRoundTrips() async throws {
        let name = "阿依古丽·买买提"
        let session = try TmuxSession(shell(#"printf '姓名：'; read name; echo "收到「$name」"; printf '%s' "$name" > name.txt"#))
        try await session.waitFor(text: "姓名：")
        try await session.send(keys: name + "<Enter>")
        try await session.waitFor(text: "收到「\(name)」")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.rows().contains("姓名：\(name)"))
        #expect(try String(contentsOfFile: session.directory + "/name.txt", encoding: .utf8) == name)
    }

    @Test func waitForTimesOutShowingTheLastScreen() async throws {
        let session = try TmuxSession(shell("echo 'the only line'; sleep 600"))
        try await session.waitFor(text: "the only line")
        let started = ContinuousClock.now
        let error = await #expect(throws: HarnessError.self) {
            try await session.waitFor(text: "never shown", timeout: .milliseconds(200))
        }
        // The wait ended by its timeout, not with the child (600 s): each capture may take seconds
        // on a loaded 2-core machine, so the bound is half the child's lifetime, not a speed.
        #expect(ContinuousClock.now - started < .seconds(300))
        let message = error.map(String.init(describing:)) ?? ""
        #expect(message.contains("\"never shown\" was not on the screen"))
        #expect(message.contains("1|the only line"))
    }

    @Test func theProgramSeesAResize() async throws {
        let session = try TmuxSession(
            shell(#"trap 'echo "size $(stty size)"' WINCH; echo "start $(stty size)"; while :; do sleep 0.02; done"#),
            columns: 80, rows: 24
        )
        try await session.waitFor(text: "start 24 80")
        try session.resize(columns: 100, rows: 30)
        #expect(try session.size() == (100, 30))
        try await session.waitFor(text: "size 30 100")
        try session.resize(columns: 60, rows: 20)
        try await session.waitFor(text: "size 20 60")
    }

    @Test func sigtermReachesAProgramThatTrapsIt() async throws {
        let session = try TmuxSession(shell(#"trap 'echo "got TERM"; exit 0' TERM; echo READY; while :; do sleep 0.02; done"#))
        try await session.waitFor(text: "READY")
        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit() == 0)
        #expect(try session.capture().contains("got TERM"))
    }

    @Test func killNineGivesExitStatus137() async throws {
        let session = try TmuxSession(shell("echo READY; while :; do sleep 0.02; done"))
        try await session.waitFor(text: "READY")
        try await session.kill9()
        #expect(try await session.waitForExit() == 137)
        #expect(try session.capture().contains("EXIT=137"))
    }

    @Test func ctrlCEndsTheProgramButNotTheWrapper() async throws {
        let session = try TmuxSession(shell("echo READY; exec sleep 600"))
        try await session.waitFor(text: "READY")
        // Type Ctrl-C only once `sleep` runs: on a loaded machine the shell can still be on its
        // way there when READY shows.
        let pid = try await session.programPID()
        let deadline = ContinuousClock.now + .seconds(10)
        while (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8)) != "sleep\n", ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(10))
        }
        try await session.send(keys: "<C-c>")
        #expect(try await session.waitForExit() == 130)
    }

    @Test func theProgramGetsExactlyTheGivenEnvironment() async throws {
        let session = try TmuxSession(["env"], environment: ["GONGJI_E2E": "是"])
        #expect(try await session.waitForExit() == 0)
        let lines = Set(try session.rows())
        #expect(lines.contains("GONGJI_E2E=是"))
        #expect(lines.contains("TERM=tmux-256color"))
        #expect(lines.contains("LANG=C.UTF-8"))
        #expect(lines.contains("HOME=\(session.directory)"))
        #expect(!lines.contains { $0.hasPrefix("TMUX") })
        #expect(lines.filter { $0.contains("=") && !$0.hasPrefix("EXIT=") }.count == session.programEnvironment.count)
    }

    @Test func aWellBehavedProgramLeavesTheTerminalRestored() async throws {
        let session = try TmuxSession(shell("""
            tput smcup; tput civis; stty -echo -icanon; echo READY
            head -c 1 > /dev/null
            stty echo icanon; tput cnorm; tput rmcup
            """))
        try await session.waitFor(text: "READY")
        try await session.send(keys: "x")
        #expect(try await session.waitForExit() == 0)
        let state = try session.terminalState()
        #expect(state.isRestored, "\(state)")
    }

    @Test func aProgramThatLeavesRawModeAndTheAlternateScreenIsCaught() async throws {
        let session = try TmuxSession(shell("tput smcup; tput civis; stty -echo -icanon; echo READY"))
        #expect(try await session.waitForExit() == 0)
        let state = try session.terminalState()
        #expect(!state.isRestored)
        #expect(state.modes["echo"] == false)
        #expect(state.modes["icanon"] == false)
        #expect(state.modes["isig"] == true)
        #expect(!state.cursorVisible)
        #expect(state.alternateScreen)
        #expect(state.problems == ["echo is off", "icanon is off", "the cursor is hidden", "the alternate screen is still on"])
    }

    @Test func terminalStateIsRefusedWhileTheProgramRuns() async throws {
        let session = try TmuxSession(shell("echo READY; sleep 600"))
        try await session.waitFor(text: "READY")
        #expect(throws: HarnessError.self) { try session.terminalState() }
    }

    @Test func closingLeavesNoProcessAndNoFiles() async throws {
        let session = try TmuxSession(shell("trap '' HUP; echo READY; while :; do sleep 0.02; done"))
        try await session.waitFor(text: "READY")
        let socket = session.socketPath
        let directory = session.directory
        session.close()
        #expect(try NoStrayProcesses.processes(matching: directory) == "")
        #expect(!FileManager.default.fileExists(atPath: socket))
        #expect(!FileManager.default.fileExists(atPath: directory))
    }

    @Test func aSessionReleasedByAThrowingTestLeavesNoProcess() async throws {
        var directory = ""
        func failingTest() async throws {
            let session = try TmuxSession(shell("echo READY; sleep 600"))
            directory = session.directory
            try await session.waitFor(text: "not there", timeout: .milliseconds(50))
        }
        await #expect(throws: HarnessError.self) { try await failingTest() }
        #expect(!directory.isEmpty)
        #expect(try NoStrayProcesses.processes(matching: directory) == "")
    }
}

private func hex(_ byte: UInt8) -> String {
    String(byte, radix: 16)
}
