import Foundation
import Glibc
import Testing

/// `gongji counter` in a real terminal (tmux, 80×24): a reviewer signs in, decides per member
/// on the demo store's sample application, quits with F10; the sharer then sees both decisions at
/// the kiosk. And the console locks when left alone.
@Suite(.noStrayProcesses)
struct CounterTerminalTests {
    private func gongji(_ arguments: [String], home: String) throws -> SpawnResult {
        let environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": "review-demo"]
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    @Test func aReviewerApprovesOneMemberAndRejectsTheOtherAndTheSharerSeesBoth() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = directory + "/demo.sqlite"
        let sample = try gongji(["review", "--demo-store", "--store", store, "--add-sample"], home: directory)
        #expect(sample.stdout.hasPrefix("sample application DEM001-000001-2 added"), "\(sample.stdout)\(sample.stderr)")

        let session = try TmuxSession.gongji(["counter", "--demo-store", "--store", store])
        defer { session.close() }
        try await session.waitFor(text: "操作员登录", timeout: .seconds(20))
        try await session.send(keys: "demo-reviewer<Enter>wrong-password<Enter>")
        try await session.waitFor(text: "再输错 4 次")
        try await session.send(keys: "review-demo<Enter>")
        try await session.waitFor(text: "1. 审核队列")
        try await session.send(keys: "1")
        let queue = try await session.waitFor(text: "2 王小明")
        #expect(queue.contains("DEM001-000001-2  1 李秀英"))
        #expect(!queue.contains("110105197007080221"))

        try await session.send(keys: "2")
        let detail = try await session.waitFor(text: "2. 王小明")
        #expect(detail.contains("李秀英  110105********0221  配偶"))
        try await session.send(keys: "2")
        try await session.waitFor(text: "1. 通过")
        try await session.send(keys: "1")
        try await session.waitFor(text: "划出的共济额度（元）")
        try await session.send(keys: "<Enter>")
        try await session.waitFor(text: "确认通过申请 DEM001-000001-2 中的 王小明")
        try await session.send(keys: "1")
        try await session.waitFor(text: "成员 2 王小明：已通过。")

        try await session.send(keys: "1")
        try await session.waitFor(text: "2. 王小明")
        try await session.send(keys: "1")
        try await session.waitFor(text: "2. 不通过，并说明原因")
        try await session.send(keys: "2")
        try await session.waitFor(text: "> 未参保 (NOT_INSURED)")
        try await session.send(keys: "<Down*7>")
        try await session.waitFor(text: "> 缺少材料 (PROOF_MISSING)")
        try await session.send(keys: "<Enter>")
        try await session.waitFor(text: "请填写说明")
        try await session.send(keys: "hukou copy unreadable<Enter>")
        let confirm = try await session.waitFor(text: "说明：hukou copy unreadable")
        #expect(confirm.contains("确认不通过申请 DEM001-000001-2 中的 李秀英"))
        try await session.send(keys: "1")
        try await session.waitFor(text: "成员 1 李秀英：未通过。")

        try await session.send(keys: "<F10>")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)

        let script = directory + "/sharer.keys"
        try """
            1110105196803150118<Enter>123456<Enter>1
            <expect:2. 我的申请（1 份）>2
            <expect:我提交的：部分通过>1
            <expect:1. 李*英（配偶）：未通过><expect:2. 王*明（子女）：共济已生效>1
            <expect:审核未通过：缺少材料><expect:请补充或重新扫描缺少的证明材料>
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let seen = try gongji(["replay", script, "--store", store], home: directory)
        #expect(seen.status == .exited(0), "\(seen.stdout)\(seen.stderr)")

        let audit = try gongji(["review", "--demo-store", "--store", store, "--list"], home: directory)
        #expect(audit.stdout == "no application is waiting for review\n", "\(audit.stdout)\(audit.stderr)")
    }

    @Test func leftAloneTheConsoleLocksAndTheSameOperatorUnlocksIt() async throws {
        let session = try TmuxSession.gongji(["counter", "--demo-store", "--lock-after", "2"])
        defer { session.close() }
        try await session.waitFor(text: "操作员登录", timeout: .seconds(20))
        try await session.send(keys: "demo-reviewer<Enter>review-demo<Enter>")
        // Not waited for the home menu first: on a loaded machine the two seconds may pass before
        // a capture sees it.
        let locked = try await session.waitFor(text: "操作台已锁定", timeout: .seconds(20))
        #expect(!locked.contains("1. 审核队列"), "the work is hidden while locked")
        try await session.send(keys: "review-demo<Enter>")
        try await session.waitFor(text: "1. 审核队列")
        try await session.send(keys: "<F10>")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)
    }
}
