import Foundation
import Testing

/// The resident's whole journey on the real binary in a real terminal, with the review and the
/// bill in between done by the commands an operator runs on the same store: a sharer binds his
/// spouse and his son under 16 with proofs and a scan, signs, sets quotas and submits; the spouse
/// confirms at her own session; the reviewer approves the son and refuses the spouse; the sharer
/// sees both, corrects the spouse and sends her again; she confirms again and is approved; a bill
/// is settled and shows in the sharer's and the son's 消费明细; the sharer unbinds the son and
/// sees the unused quota returned.
@Suite(.noStrayProcesses)
struct WholeStoryTests {
    static let sharer = "110105196803150118"
    static let spouse = "110105197007080221"
    static let son = "11010520150520031X"
    static let pin = "123456"

    /// The digit of the numbered menu item whose label starts with `label`, as drawn on `screen`.
    func digit(of label: String, on screen: String) throws -> String {
        for line in screen.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            if let dot = trimmed.firstIndex(of: "."), trimmed[trimmed.index(after: dot)...].hasPrefix(" \(label)") {
                return String(trimmed[..<dot])
            }
        }
        throw StoryError.noMenuItem(label, screen)
    }

    enum StoryError: Error, CustomStringConvertible {
        case noMenuItem(String, String)
        case noApplicationNumber(String)
        var description: String {
            switch self {
            case .noMenuItem(let label, let screen): "no menu item \"\(label)\" on\n\(screen)"
            case .noApplicationNumber(let listing): "no application number in\n\(listing)"
            }
        }
    }

    /// A command run against the story's store, as an operator would: the demo reviewer unless
    /// `password` is another demo operator's.
    func gongji(_ arguments: [String], home: String, password: String = "review-demo") throws -> SpawnResult {
        try Spawn.run([try ProgramUnderTest.gongji()] + arguments,
                      environment: ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": password],
                      timeout: .seconds(20))
    }

    /// Signs `person` in from the welcome screen; returns the home menu once it has everything
    /// the store had to say (the items that depend on it arrive just after the greeting).
    @discardableResult
    func signIn(_ person: String, on session: TmuxSession) async throws -> String {
        try await session.waitFor(text: "1. 办理家庭共济")
        try await session.send(keys: "1\(person)<Enter>")
        try await session.waitFor(text: "密码（6 位数字）")
        try await session.send(keys: "\(Self.pin)<Enter>")
        try await session.waitFor(text: "1. 是我本人，继续")
        try await session.send(keys: "1")
        var screen = try await session.waitFor(text: "您好，")
        while true {
            try await Task.sleep(for: .milliseconds(300))
            let again = try session.capture()
            if again == screen { return screen }
            screen = again
        }
    }

    /// The member confirms the invitation waiting for her, then ends her session.
    func confirmInvitation(on session: TmuxSession) async throws {
        try await signIn(Self.spouse, on: session)
        try await session.waitFor(text: "1. 共济邀请：1 项等您答复")
        try await session.send(keys: "1")
        try await session.waitFor(text: "王*国 邀请您（配偶）")
        try await session.send(keys: "1")
        try await session.waitFor(text: "钱可以共济，卡不能共用")
        try await session.send(keys: "1")
        try await session.waitFor(text: "您已同意。申请已转入审核")
        try await session.send(keys: "<F10>")
    }

    @Test func aSharerBindsHisFamilyThroughReviewSpendingAndUnbinding() async throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let storePath = directory + "/demo.sqlite"
        let store = ["--demo-store", "--store", storePath]
        let kiosk = try TmuxSession.gongji(store)
        try await kiosk.waitFor(text: "F10 结束办理", timeout: .seconds(20))

        // 1. The sharer applies for his wife and his son.
        try await signIn(Self.sharer, on: kiosk)
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "名单中还没有成员")
        try await kiosk.send(keys: "1\(Self.spouse)<Enter>")
        try await kiosk.waitFor(text: "1. 是这个人，继续")
        try await kiosk.send(keys: "11")
        try await kiosk.waitFor(text: "手机号码（11 位）")
        try await kiosk.send(keys: "13800138002<Enter>")
        try await kiosk.waitFor(text: "可以添加。")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "李*英")
        try await kiosk.send(keys: "2")
        try await kiosk.waitFor(text: "证件号码")
        try await kiosk.send(keys: "11010520150520031*<Enter>")
        try await kiosk.waitFor(text: "1. 是这个人，继续")
        try await kiosk.send(keys: "131")
        try await kiosk.waitFor(text: "手机号码（11 位）")
        try await kiosk.send(keys: "13800138001<Enter>")
        try await kiosk.waitFor(text: "可以添加。")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "4. 下一步：选择每个人的资金使用方式")
        try await kiosk.send(keys: "4")
        try await kiosk.waitFor(text: "李*英 的资金使用方式（第 1 人，共 2 人）")
        try await kiosk.send(keys: "5")
        try await kiosk.waitFor(text: "给 李*英 的共济额度")
        try await kiosk.send(keys: "5000<Enter>")
        try await kiosk.waitFor(text: "王*明 的资金使用方式（第 2 人，共 2 人）")
        try await kiosk.send(keys: "5")
        try await kiosk.waitFor(text: "给 王*明 的共济额度")
        try await kiosk.send(keys: "3000<Enter>")
        try await kiosk.waitFor(text: "职工医保个人账户家庭共济承诺书")
        try await kiosk.send(keys: "<End>")
        try await kiosk.waitFor(text: "[ ] 我已阅读并同意")
        try await kiosk.send(keys: "1<Enter>")
        try await kiosk.waitFor(text: "请再次输入社保卡密码，签署承诺书")
        try await kiosk.send(keys: "\(Self.pin)<Enter>")
        try await kiosk.waitFor(text: "李*英：证明夫妻关系")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "李*英 的结婚证")
        try await kiosk.send(keys: "J110105-2000-001234<Enter>")
        try await kiosk.waitFor(text: "扫描仪里还没有这次办理中扫描的文件")
        try await kiosk.send(keys: "3")
        try await kiosk.waitFor(text: "3. 交这个文件：demo-scan-marriageCertificate-")
        try await kiosk.send(keys: "3")
        try await kiosk.waitFor(text: "扫描件检查无误，已经保存")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "王*明：证明亲生父母子女关系")
        try await kiosk.send(keys: "2")
        try await kiosk.waitFor(text: "王*明 的出生医学证明")
        try await kiosk.send(keys: "<Enter>")
        try await kiosk.waitFor(text: "王*明 的出生医学证明：扫描件（可以不交）")
        try await kiosk.send(keys: "1")
        // Waited for by a line that only the summary draws: a capture may fall mid-repaint, the
        // title already new and the rows below still the scan screen's.
        let summary = try await kiosk.waitFor(text: "结婚证 J110105-2000-001234（附扫描件）")
        #expect(summary.contains("请核对申请内容，无误后提交"))
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "申请已提交")
        try await kiosk.send(keys: "<F10>")
        try await kiosk.waitFor(text: "1. 办理家庭共济")
        let documents = try FileManager.default.contentsOfDirectory(atPath: directory + "/documents")
        #expect(documents.count == 1 && documents[0].hasSuffix(".pdf"), "the scan is kept under its hash: \(documents)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/demo-scan-inbox").isEmpty)

        // 2. The spouse confirms at her own session.
        try await confirmInvitation(on: kiosk)

        // 3. The reviewer approves the son and refuses the spouse for a missing proof.
        let listing = try gongji(["review"] + store + ["--list"], home: directory)
        #expect(listing.stdout.contains("member 1  李秀英"), "\(listing.stdout)\(listing.stderr)")
        #expect(listing.stdout.contains("marriageCertificate J110105-2000-001234 (scanned)"), "\(listing.stdout)")
        guard let number = listing.stdout.split(separator: " ").first.map(String.init), number.hasPrefix("DEM001-") else {
            throw StoryError.noApplicationNumber(listing.stdout)
        }
        #expect(try gongji(["review"] + store + [number, "--member", "2", "--approve"], home: directory).status == .exited(0))
        #expect(try gongji(["review"] + store + [number, "--member", "1", "--reject", "PROOF_MISSING"], home: directory).status == .exited(0))

        // 4. The sharer sees both decisions, corrects his wife's proofs and sends her again.
        let home = try await signIn(Self.sharer, on: kiosk)
        try await kiosk.send(keys: try digit(of: "我的申请", on: home))
        try await kiosk.waitFor(text: "我提交的：部分通过")
        try await kiosk.send(keys: "1")
        let detail = try await kiosk.waitFor(text: "1. 李*英（配偶）：未通过")
        #expect(detail.contains("2. 王*明（子女）：共济已生效"))
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "审核未通过：缺少材料")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "李*英：证明夫妻关系")
        try await kiosk.send(keys: "2")
        try await kiosk.waitFor(text: "李*英 的户口簿")
        try await kiosk.send(keys: "HK-2026-0001<Enter>")
        try await kiosk.waitFor(text: "李*英 的户口簿：扫描件（可以不交）")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "证明材料：户口簿 HK-2026-0001")
        try await kiosk.send(keys: "1")
        try await kiosk.waitFor(text: "已修改并重新提交，将重新核验。")
        try await kiosk.send(keys: "<F10>")

        // 5. She confirms again, and the reviewer approves her.
        try await confirmInvitation(on: kiosk)
        let approved = try gongji(["review"] + store + [number, "--member", "1", "--approve"], home: directory)
        #expect(approved.status == .exited(0), "\(approved.stdout)\(approved.stderr)")

        // 6. A pharmacy bill of the son is paid from the quota his father gave him.
        let settled = try gongji(["settle", "--as", "demo-supervisor"] + store + [
            "--member", Self.son, "--amount", "200", "--use", "pharmacy", "--bill", "P-0001",
        ], home: directory, password: "supervise-demo")
        #expect(settled.status == .exited(0), "\(settled.stdout)\(settled.stderr)")
        #expect(settled.stdout.contains("200.00"))

        // 7. The bill shows in both parties' 消费明细.
        let sharerHome = try await signIn(Self.sharer, on: kiosk)
        try await kiosk.send(keys: try digit(of: "消费明细", on: sharerHome))
        try await kiosk.waitFor(text: "为 王*明 支付 200.00 元  单号 P-0001（共济额度）")
        try await kiosk.send(keys: "<F10>")
        let sonHome = try await signIn(Self.son, on: kiosk)
        try await kiosk.send(keys: try digit(of: "消费明细", on: sonHome))
        try await kiosk.waitFor(text: "王*国 为我支付 200.00 元  单号 P-0001（共济额度）")
        try await kiosk.send(keys: "<F10>")

        // 8. The sharer unbinds his son and sees the unused quota returned.
        let lastHome = try await signIn(Self.sharer, on: kiosk)
        try await kiosk.send(keys: try digit(of: "我的共济关系", on: lastHome))
        let sharing = try await kiosk.waitFor(text: "我共济给 王*明（正在共济）")
        #expect(sharing.contains("我共济给 李*英（正在共济）"))
        try await kiosk.send(keys: try digit(of: "我共济给 王*明", on: sharing))
        try await kiosk.waitFor(text: "共 3,000.00 元，已用 200.00 元，剩余 2,800.00 元")
        try await kiosk.send(keys: "2")
        try await kiosk.waitFor(text: "确定解除对 王*明 的共济吗？")
        try await kiosk.send(keys: "1")
        let ended = try await kiosk.waitFor(text: "已解除对 王*明 的共济。")
        #expect(ended.contains("未用完的共济额度 2,800.00 元已退回您的个人账户。"))
        try await kiosk.send(keys: "<F10>")
        try await kiosk.waitFor(text: "1. 办理家庭共济")

        let verified = try gongji(["verify", "--store", storePath], home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)\(verified.stderr)")
        try await kiosk.signal(SIGTERM)
        #expect(try await kiosk.waitForExit() == 0)
        #expect(try kiosk.terminalState().problems.isEmpty)
    }
}
