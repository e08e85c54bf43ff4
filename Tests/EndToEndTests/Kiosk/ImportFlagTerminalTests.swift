import Foundation
import Testing

/// A member flagged by an import, dealt with at the central office's console in a real terminal
/// (tmux, 80×24): the counter approved 王小明 while the central office bound him too; the
/// counter's bundle flags him; a reviewer reads why, closes the flag with a note, and the queue
/// no longer lists him.
@Suite(.noStrayProcesses)
struct ImportFlagTerminalTests {
    private func gongji(_ arguments: [String], home: String, password: String) throws -> SpawnResult {
        let environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": password]
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(30))
    }

    @Test func aReviewerClosesTheFlagOfAMemberBoundOnBothSides() async throws {
        let home = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(home) }
        let central = home + "/central.sqlite"
        let office = ["--demo-store", "--store", central]

        // The counter approves 王小明 and exports its day.
        _ = try gongji(["review", "--demo-store", "--add-sample"], home: home, password: "review-demo")
        _ = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "2", "--approve"], home: home, password: "review-demo")
        let bundle = home + "/counter.gjb"
        let exported = try gongji(["export", "--demo-store", "--as", "demo-supervisor", "--to", bundle], home: home, password: "supervise-demo")
        #expect(exported.status == .exited(0), "\(exported.stderr)")
        let key = try gongji(["key", "--demo-store"], home: home, password: "supervise-demo")
        let publicKey = try #require(key.stdout.split(separator: "\n").last?.split(separator: " ").last.map(String.init))

        // Meanwhile the central office binds him to the same sharer itself.
        let trusted = try gongji(["trust", "DEM001", publicKey, "--as", "demo-supervisor", "--demo-origin", "DEM009"] + office,
                                 home: home, password: "supervise-demo")
        #expect(trusted.status == .exited(0), "\(trusted.stderr)")
        let sample = try gongji(["review", "--add-sample"] + office, home: home, password: "review-demo")
        #expect(sample.stdout.hasPrefix("sample application DEM009-000001-"), "\(sample.stdout)\(sample.stderr)")
        let centralNumber = try #require(sample.stdout.split(separator: " ").dropFirst(2).first.map(String.init))
        _ = try gongji(["review", centralNumber, "--member", "2", "--approve"] + office, home: home, password: "review-demo")

        let imported = try gongji(["import", bundle, "--as", "demo-supervisor"] + office, home: home, password: "supervise-demo")
        #expect(imported.stdout.contains("flagged for review: DEM001-000001-2 member 2: DUPLICATE_MEMBER"), "\(imported.stdout)\(imported.stderr)")

        let session = try TmuxSession.gongji(["counter"] + office)
        defer { session.close() }
        try await session.waitFor(text: "操作员登录", timeout: .seconds(20))
        try await session.send(keys: "demo-reviewer<Enter>review-demo<Enter>")
        try await session.waitFor(text: "1. 审核队列")
        try await session.send(keys: "1")
        let queue = try await session.waitFor(text: "导入标记：DUPLICATE_MEMBER")
        #expect(queue.contains("DEM001-000001-2"), "\(queue)")
        try await session.send(keys: "1")
        try await session.waitFor(text: "2. 王小明")
        try await session.send(keys: "2")
        let decision = try await session.waitFor(text: "1. 标记已处理（填写处理说明）")
        #expect(decision.contains("(DUPLICATE_MEMBER)") && !decision.contains("1. 通过"), "an approved member is not decided again: \(decision)")
        try await session.send(keys: "1")
        try await session.waitFor(text: "处理 王小明 的导入标记")
        try await session.send(keys: "<Enter>")
        try await session.waitFor(text: "请填写处理说明")
        try await session.send(keys: "called the sharer; bound here already<Enter>")
        try await session.waitFor(text: "说明：called the sharer; bound here already")
        try await session.send(keys: "1")
        try await session.waitFor(text: "成员 2 王小明：导入标记已处理")
        try await session.send(keys: "<F10>")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)

        let listed = try gongji(["review", "--list"] + office, home: home, password: "review-demo")
        #expect(!listed.stdout.contains("FLAGGED"), "\(listed.stdout)")
        let audit = try gongji(["audit", "--operator", "demo-reviewer", "--as", "demo-supervisor"] + office, home: home, password: "supervise-demo")
        #expect(audit.stdout.contains("application.import_flag_resolved"), "\(audit.stdout)\(audit.stderr)")
        #expect(!audit.stdout.contains("called the sharer"), "the note stays in the store")
    }
}
