import Foundation
import Glibc
import Testing

/// `scripts/kiosk-supervisor`, as a kiosk is deployed: a crash goes to the log, never to the
/// screen, the terminal is given back whatever killed the kiosk, and the kiosk starts again.
@Suite(.noStrayProcesses)
struct SupervisorTests {
    /// The supervisor running the kiosk on a demo store, restarting after `pause` seconds.
    private func supervisor(pause: Int, running arguments: [String] = ["--demo-store"]) throws -> TmuxSession {
        let script = ProgramUnderTest.packageRoot() + "/scripts/kiosk-supervisor"
        return try TmuxSession([script] + arguments, environment: [
            "GONGJI": try ProgramUnderTest.gongji(),
            "GONGJI_SUPERVISOR_BACKOFF": "\(pause)",
        ])
    }

    private func log(of session: TmuxSession) -> String {
        (try? String(contentsOfFile: session.directory + "/.local/share/gongji/gongji.log", encoding: .utf8)) ?? ""
    }

    /// The kiosk the supervisor runs now: its child named gongji.
    private func kiosk(of session: TmuxSession, replacing earlier: pid_t? = nil, timeout: Duration = .seconds(30)) async throws -> pid_t {
        let supervisor = try await session.programPID()
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(supervisor)/task/\(supervisor)/children", encoding: .utf8)) ?? ""
            for child in children.split(separator: " ").compactMap({ pid_t($0) }) where child != earlier {
                let name = (try? String(contentsOfFile: "/proc/\(child)/comm", encoding: .utf8)) ?? ""
                if name.trimmingCharacters(in: .whitespacesAndNewlines) == "gongji" { return child }
            }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the supervisor runs no kiosk\n\(log(of: session))")
        throw CancellationError()
    }

    private func waitForLog(_ text: String, in session: TmuxSession, timeout: Duration = .seconds(30)) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            let log = log(of: session)
            if log.contains(text) { return log }
            try await Task.sleep(for: .milliseconds(50))
        }
        Issue.record("the log never said \(text)\n\(log(of: session))")
        return log(of: session)
    }

    @Test func aCrashGoesToTheLogAndTheKioskStartsAgain() async throws {
        let session = try supervisor(pause: 1)
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        let first = try await kiosk(of: session)
        kill(first, SIGSEGV)

        let log = try await waitForLog("gongji ended on signal 11; restarting in 1 s", in: session)
        let second = try await kiosk(of: session, replacing: first)
        #expect(second != first)
        let screen = try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        #expect(!screen.contains("crashed") && !screen.contains("Backtrac"), "nothing of the crash shows\n\(screen)")

        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)
        #expect(self.log(of: session).contains("gongji stopped on SIGTERM (status 0); supervisor done"))
    }

    /// A real trap inside the program, not a signal sent to it: the Swift runtime's backtrace,
    /// with the line that trapped, is in the log, and nothing of it on the screen.
    @Test func aTrapsBacktraceGoesToTheLogNotTheScreen() async throws {
        // The log, not the drill's screen, is waited for: in a full run on a loaded machine the
        // drill's one screen has been missed by every capture (a cause not yet found).
        let session = try supervisor(pause: 1, running: ["crash-drill", "--after", "2"])
        let log = try await waitForLog("gongji ended on signal", in: session, timeout: .seconds(90))
        #expect(log.contains("Fatal error: crash drill: a deliberate crash"), "\(log)")
        #expect(log.contains("Program crashed") && log.contains("CrashDrill.swift"), "the backtrace names the line\n\(log)")
        #expect(!log.contains("(lldb)"), "no debugger waits for input")
        let screen = try session.capture()
        #expect(!screen.contains("crashed") && !screen.contains("Fatal error") && !screen.contains("Backtrac"),
                "nothing of the crash shows\n\(screen)")

        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)
    }

    @Test func afterKillNineTheSupervisorGivesTheTerminalBack() async throws {
        // A long pause, so that the supervisor is stopped before the kiosk comes back: what the
        // terminal is then is the supervisor's doing alone.
        let session = try supervisor(pause: 30)
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        kill(try await kiosk(of: session), SIGKILL)
        _ = try await waitForLog("gongji ended on signal 9; restarting in 30 s", in: session)

        try await session.signal(SIGTERM)
        #expect(try await session.waitForExit(timeout: .seconds(5)) == 0, "a stop while waiting to restart is immediate")
        let state = try session.terminalState()
        #expect(state.problems.isEmpty, "\(state)")
        #expect(log(of: session).contains("stopped on SIGTERM while waiting to restart"))
    }
}
