import Foundation
import Testing

/// `gongji demo` in a real terminal (tmux, 80×24): a walkthrough chosen from the menu ends on
/// the same kiosk screen as its headless replay, the caption line aside; Esc gives the menu back,
/// F10 quits, and the walkthrough's throwaway store is gone.
@Suite(.noStrayProcesses)
struct DemoTerminalTests {
    static let walkthrough = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("screens/walkthroughs/9-sharing-or-family-account.keys").path

    @Test func aWalkthroughEndsOnTheScreenItsReplayShows() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let environment = ["HOME": directory, "TMPDIR": directory, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let replay = try Spawn.run([try ProgramUnderTest.gongji(), "replay", Self.walkthrough], environment: environment)
        #expect(replay.succeeded, "\(replay.stderr)")
        var expected = replay.stdout.split(separator: "\n", omittingEmptySubsequences: false).map { row in
            String(row.reversed().drop(while: \.isWhitespace).reversed())
        }
        if expected.last == "" { expected.removeLast() }

        let session = try TmuxSession.gongji(["demo"], environment: environment)
        defer { session.close() }
        try await session.waitFor(text: "演示：自助终端怎样办理家庭共济", timeout: .seconds(20))
        try await session.send(keys: "9+++")
        try await session.waitFor(text: "演示结束", timeout: .seconds(60))
        let shown = try session.rows()
        let captionRow = 22
        #expect(shown.count == 24 && expected.count == 24, "\(Screen.framed(shown.joined(separator: "\n")))")
        for row in 0..<min(shown.count, expected.count) where row != captionRow {
            #expect(shown[row] == expected[row], "row \(row + 1) differs:\n\(Screen.framed(shown.joined(separator: "\n")))")
        }
        #expect(shown[captionRow].contains("演示结束。Esc 返回菜单"))

        try await session.send(keys: "<Esc>")
        try await session.waitFor(text: "9. 家庭共济和亲情账户有什么不同")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasPrefix("gongji-demo-") }
        #expect(left.isEmpty, "the walkthrough's store is removed: \(left)")
        try await session.send(keys: "<F10>")
        #expect(try await session.waitForExit() == 0)
    }
}
