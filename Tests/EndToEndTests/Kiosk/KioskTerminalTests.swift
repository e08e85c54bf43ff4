import Foundation
import Glibc
import Testing

/// The real gongji binary in a real terminal (tmux, 80×24): the flows a resident goes through,
/// and the terminal it leaves behind.
@Suite(.noStrayProcesses)
struct KioskTerminalTests {
    /// The demo sharer and the PIN every demo persona has (see the README).
    static let sharer = "110105196803150118"
    static let pin = "123456"
    static let spouse = "110105197007080221"

    /// Starts the kiosk on a demo store; with `store`, on that file (so it can outlive a session).
    private func kiosk(store: String? = nil) throws -> TmuxSession {
        try TmuxSession.gongji(["--demo-store"] + (store.map { ["--store", $0] } ?? []))
    }

    @Test func aDemoPersonaSignsInByTypingAndSeesTheHomeMenu() async throws {
        let session = try kiosk()
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await session.send(keys: "1")
        try await session.waitFor(text: "证件号码（18 位）")
        try await session.send(keys: "\(Self.sharer)<Enter>")
        try await session.waitFor(text: "密码（6 位数字）")
        try await session.send(keys: "\(Self.pin)<Enter>")
        try await session.waitFor(text: "1. 是我本人，继续")
        try await session.send(keys: "1")
        let screen = try await session.waitFor(text: "5. 结束办理")
        #expect(screen.contains("您好，王*国"))
        #expect(screen.contains("110105********0118"))
        #expect(screen.contains("目前可共济的余额为 12,345.67 元"))
        #expect(!screen.contains(Self.sharer), "the full ID number is never shown once typed")

        // His spouse, looked up in the store's registry.
        try await session.send(keys: "1")
        try await session.waitFor(text: "名单中还没有成员")
        try await session.send(keys: "1\(Self.spouse)<Enter>")
        let person = try await session.waitFor(text: "1. 是这个人，继续")
        #expect(person.contains("李*英"))
        #expect(person.contains("职工医保 · 正常参保"))

        let log = try String(contentsOfFile: session.directory + "/.local/share/gongji/gongji.log", encoding: .utf8)
        #expect(log.contains("sign-in succeeded"), "the kiosk logs to its file\n\(log)")
        for secret in [Self.sharer, Self.pin, "王建国", "110105********0118", Self.spouse, "李秀英"] {
            #expect(!log.contains(secret), "the log holds no ID number, name or PIN")
        }
    }

    @Test func threeWrongPINsLockAndTheLockSurvivesARestart() async throws {
        let storeDirectory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(storeDirectory) }
        let store = storeDirectory + "/kiosk.sqlite"

        let first = try kiosk(store: store)
        try await first.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await first.send(keys: "1\(Self.sharer)<Enter>")
        for remaining in [2, 1] {
            try await first.waitFor(text: "密码（6 位数字）")
            try await first.send(keys: "000000<Enter>")
            try await first.waitFor(text: "还可以再试 \(remaining) 次")
        }
        try await first.send(keys: "000000<Enter>")
        try await first.waitFor(text: "已暂时锁定")
        try await first.signal(SIGTERM)
        #expect(try await first.waitForExit() == 0)
        first.close()

        let second = try kiosk(store: store)
        try await second.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await second.send(keys: "1\(Self.sharer)<Enter>")
        try await second.waitFor(text: "密码（6 位数字）")
        try await second.send(keys: "\(Self.pin)<Enter>")
        let screen = try await second.waitFor(text: "已暂时锁定")
        #expect(!screen.contains("是我本人"), "even the right PIN is refused while locked")
    }

    @Test func f10ReturnsToWelcomeAndTheKioskKeepsRunning() async throws {
        let session = try kiosk()
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await session.send(keys: "1110105")
        try await session.waitFor(text: "110105")
        try await session.send(keys: "<F10>")
        let screen = try await session.waitFor(text: "1. 办理家庭共济")
        #expect(!screen.contains("110105"), "what was typed is gone")
        try await Task.sleep(for: .milliseconds(300))
        #expect(try session.exitStatus() == nil, "the public cannot quit the kiosk")
        try await session.send(keys: "<C-c><C-z><C-\\>")
        try await Task.sleep(for: .milliseconds(300))
        #expect(try session.exitStatus() == nil, "nor with Ctrl-C, Ctrl-Z or Ctrl-\\")
    }

    @Test func shrinkingShowsTheNoticeAndGrowingBackRestoresTheScreen() async throws {
        let session = try kiosk()
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await session.send(keys: "1110105")
        let before = try await session.waitFor(text: "110105")
        try session.resize(columns: 60, rows: 20)
        try await session.waitFor(text: "窗口太小")
        try session.resize(columns: 80, rows: 24)
        let after = try await session.waitFor(text: "F10 结束办理")
        #expect(after == before)
    }

    @Test("An exit signal leaves a usable terminal", arguments: [SIGTERM, SIGINT, SIGHUP])
    func anExitSignalRestoresTheTerminal(signal: Int32) async throws {
        let session = try kiosk()
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await session.send(keys: "1110105")
        try await session.waitFor(text: "110105")
        try await session.signal(signal)
        #expect(try await session.waitForExit() == 0)
        let state = try session.terminalState()
        #expect(state.problems.isEmpty, "\(state)")
    }

    /// A Swift trap is SIGILL (or SIGTRAP); an abort and a fault are the other ways to die without
    /// unwinding. Sent from outside, they reach the same handlers a real crash does.
    @Test("A trap, an abort or a fault leaves a usable terminal", arguments: [SIGILL, SIGTRAP, SIGABRT, SIGSEGV])
    func aCrashRestoresTheTerminal(signal: Int32) async throws {
        let session = try kiosk()
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        try await session.send(keys: "1110105")
        try await session.waitFor(text: "110105")
        try await session.signal(signal)
        #expect(try await session.waitForExit(timeout: .seconds(60)) == 128 + signal, "the crash still ends the program by its signal")
        let state = try session.terminalState()
        #expect(state.problems.isEmpty, "\(state)")
    }

    @Test func anUnknownTerminalTypeIsSaidInWordsAndExitsCleanly() async throws {
        let session = try TmuxSession.gongji(["--demo-store"], term: "no-such-terminal")
        let screen = try await session.waitFor(text: "EXIT=", timeout: .seconds(20))
        #expect(screen.contains("TERM=\"no-such-terminal\""))
        #expect(try await session.waitForExit() == 1)
        #expect(try session.terminalState().problems.isEmpty)
    }
}

/// How the semantic styles reach a real terminal: colour where wanted, none under NO_COLOR,
/// and the focus always visible.
@Suite(.noStrayProcesses)
struct KioskStyleTests {
    /// The SGR parameter lists in a styled capture, e.g. "1;36" or "7".
    private func attributes(in capture: String) -> [String] {
        var found: [String] = []
        var rest = Substring(capture)
        while let start = rest.range(of: "\u{1B}[") {
            let after = rest[start.upperBound...]
            guard let end = after.firstIndex(of: "m") else { break }
            found.append(String(after[..<end]))
            rest = after[after.index(after: end)...]
        }
        return found
    }

    private func usesColour(_ parameters: [String]) -> Bool {
        parameters.contains { list in
            list.split(separator: ";").contains { code in
                guard let number = Int(code) else { return false }
                return (30...37).contains(number) || (40...47).contains(number) || number == 38 || number == 48
                    || (90...97).contains(number) || (100...107).contains(number)
            }
        }
    }

    @Test func colourTerminalsGetColour() async throws {
        let session = try TmuxSession.gongji(["--demo-store"])
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        #expect(usesColour(attributes(in: try session.captureWithAttributes())))
    }

    @Test func noColorMeansNoColourButTheFocusStaysVisible() async throws {
        let session = try TmuxSession.gongji(["--demo-store"], environment: ["NO_COLOR": "1"])
        try await session.waitFor(text: "F10 结束办理", timeout: .seconds(20))
        let parameters = attributes(in: try session.captureWithAttributes())
        #expect(!usesColour(parameters), "\(parameters)")
        #expect(parameters.contains { $0.split(separator: ";").contains("7") }, "the focused item is in reverse video")
    }
}
