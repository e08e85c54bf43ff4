import Foundation
import Testing

/// Assisted intake in a real terminal (tmux, 80×24): a clerk signs in at `gongji counter`, checks
/// a demo resident's originals, takes in his application for his wife and son from paper, and
/// submits it; the wife confirms at the kiosk; another operator, a reviewer, approves the son and
/// rejects the wife; the resident then sees both at the kiosk.
@Suite(.noStrayProcesses)
struct CounterIntakeTerminalTests {
    private func gongji(_ arguments: [String], home: String) throws -> SpawnResult {
        let environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": "review-demo"]
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    /// A kiosk script replayed against the store at the real time, so the counter's deadlines hold:
    /// a second on, since the start is read to the second and the counter's steps are stamped
    /// to the millisecond.
    private func replay(_ script: String, store: String, home: String) throws -> SpawnResult {
        let path = home + "/\(UUID().uuidString).keys"
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        let start = ISO8601DateFormatter().string(from: Date().addingTimeInterval(1))
        return try gongji(["replay", path, "--store", store, "--start", start], home: home)
    }

    @Test func aClerkTakesAnApplicationInAnotherReviewerDecidesAndTheResidentSeesBoth() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = directory + "/demo.sqlite"

        let session = try TmuxSession.gongji(["counter", "--demo-store", "--store", store])
        defer { session.close() }
        try await session.waitFor(text: "操作员登录", timeout: .seconds(20))
        try await session.send(keys: "demo-clerk<Enter>intake-demo<Enter>")
        let home = try await session.waitFor(text: "1. 为居民办理")
        #expect(!home.contains("审核队列"), "an intake clerk does not review")
        try await session.send(keys: "1")
        try await session.waitFor(text: "柜台代办 · 操作员 demo-clerk")
        try await session.send(keys: "110105196803150118<Enter>")
        try await session.waitFor(text: "核验居民身份（原件）")
        try await session.send(keys: "王建<Enter>")
        try await session.waitFor(text: "请先核对证件原件与本人")
        try await session.send(keys: "1<Enter>")
        try await session.waitFor(text: "INFO_MISMATCH")
        try await session.send(keys: "国<Enter>")
        try await session.waitFor(text: "1. 添加共济成员")

        try await session.send(keys: "1")
        try await session.waitFor(text: "添加")
        try await session.send(keys: "1110105197007080221<Enter>")
        try await session.waitFor(text: "输入成员证件上的姓名")
        try await session.send(keys: "李秀英<Enter>1")
        try await session.waitFor(text: "手机号码")
        try await session.send(keys: "13800138002<Enter>")
        try await session.waitFor(text: "可以添加")
        try await session.send(keys: "1")
        try await session.send(keys: "211010520150520031X<Enter>")
        try await session.waitFor(text: "输入成员证件上的姓名")
        try await session.send(keys: "王小明<Enter>31")
        try await session.waitFor(text: "手机号码")
        try await session.send(keys: "13800138002<Enter>")
        try await session.waitFor(text: "可以添加")
        try await session.send(keys: "1")
        try await session.send(keys: "45")
        try await session.send(keys: "5000<Enter>5")
        try await session.send(keys: "3000<Enter>")
        try await session.waitFor(text: "登记纸质申请表和承诺书")
        try await session.send(keys: "SQ2026-000123<Enter>CN2026-000456<Enter><Enter><Enter>")
        try await session.waitFor(text: "李*英：证明夫妻关系")
        try await session.send(keys: "1")
        try await session.waitFor(text: "记为“原件已查验”")
        try await session.send(keys: "<Enter>")
        // The counter's demo scanner: the marriage certificate is scanned, the son's proof is not.
        try await session.waitFor(text: "扫描件（可以不交）")
        try await session.send(keys: "3")
        try await session.waitFor(text: "3. 交这个文件：demo-scan-marriageCertificate")
        try await session.send(keys: "3")
        try await session.waitFor(text: "扫描件检查无误，已经保存")
        try await session.send(keys: "1")
        try await session.waitFor(text: "王*明：证明亲生父母子女关系")
        try await session.send(keys: "2<Enter>")
        try await session.waitFor(text: "扫描件（可以不交）")
        try await session.send(keys: "1")
        let summary = try await session.waitFor(text: "纸质申请表 SQ2026-000123，纸质承诺书 CN2026-000456")
        #expect(summary.contains("结婚证（原件已查验）（附扫描件）"))
        #expect(summary.contains("出生医学证明（原件已查验）"))
        try await session.send(keys: "1")
        try await session.waitFor(text: "DEM001 - 000001 - 2")
        try await session.send(keys: "1")
        try await session.waitFor(text: "1. 添加共济成员")
        try await session.send(keys: "<F10>")
        let back = try await session.waitFor(text: "1. 为居民办理")
        #expect(!back.contains("王"), "nothing of the resident is left on the console")
        try await session.send(keys: "<F10>")
        #expect(try await session.waitForExit() == 0)
        #expect(try session.terminalState().problems.isEmpty)

        let confirmed = try replay("""
            1110105197007080221<Enter>123456<Enter>1
            <expect:1. 共济邀请：1 项等您答复>11
            <expect:王*国 邀请您加入家庭共济>1
            <expect:您已同意。申请已转入审核>
            """, store: store, home: directory)
        #expect(confirmed.status == .exited(0), "\(confirmed.stdout)\(confirmed.stderr)")
        // The replay's clock ran up to a second ahead; the reviewer's real one must be past it.
        try await Task.sleep(for: .seconds(2))

        let listed = try gongji(["review", "--demo-store", "--store", store, "--list"], home: directory)
        #expect(listed.stdout.contains("DEM001-000001-2"), "\(listed.stdout)\(listed.stderr)")
        #expect(listed.stdout.contains("member 1  李秀英") && listed.stdout.contains("member 2  王小明"))
        let approved = try gongji(["review", "--demo-store", "--store", store, "DEM001-000001-2", "--member", "2", "--approve"], home: directory)
        #expect(approved.stdout.contains("member 2 (王小明) approved"), "\(approved.stdout)\(approved.stderr)")
        let rejected = try gongji(
            ["review", "--demo-store", "--store", store, "DEM001-000001-2", "--member", "1", "--reject", "PROOF_MISSING", "--note", "marriage certificate copy unreadable"],
            home: directory)
        #expect(rejected.stdout.contains("member 1 (李秀英) rejected: PROOF_MISSING"), "\(rejected.stdout)\(rejected.stderr)")

        let seen = try replay("""
            1110105196803150118<Enter>123456<Enter>1
            <expect:2. 我的申请（1 份）>2
            <expect:我提交的：部分通过>1
            <expect:1. 李*英（配偶）：未通过><expect:2. 王*明（子女）：共济已生效>
            """, store: store, home: directory)
        #expect(seen.status == .exited(0), "\(seen.stdout)\(seen.stderr)")
        let verified = try gongji(["verify", "--demo-store", "--store", store], home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)\(verified.stderr)")
    }
}
