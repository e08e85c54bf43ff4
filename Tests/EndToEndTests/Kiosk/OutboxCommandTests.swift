import Foundation
import Testing

/// `gongji outbox`: a supervisor hands the day's messages to the SMS gateway as a file and takes
/// its receipts back, on the demo store after a reviewer's decisions.
@Suite(.noStrayProcesses)
struct OutboxCommandTests {
    private func gongji(_ arguments: [String], home: String, password: String? = "supervise-demo") throws -> SpawnResult {
        var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment["GONGJI_OPERATOR_PASSWORD"] = password
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    @Test func theSupervisorHandsMessagesOverAndTakesTheReceipts() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let acting = ["--demo-store", "--as", "demo-supervisor"]
        // The sample invites the spouse; the reviewer then approves the son and rejects the spouse.
        _ = try gongji(["review", "--demo-store", "--add-sample"], home: directory, password: "review-demo")
        _ = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "2", "--approve"], home: directory, password: "review-demo")
        _ = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "1", "--reject", "PROOF_MISSING"], home: directory, password: "review-demo")

        let pending = try gongji(["outbox", "list"] + acting, home: directory)
        #expect(pending.status == .exited(0), "\(pending.stderr)")
        #expect(pending.stdout.hasPrefix("3  pending"), "\(pending.stdout)")

        let file = directory + "/sms-1.csv"
        let exported = try gongji(["outbox", "export", "--to", file] + acting, home: directory)
        #expect(exported.status == .exited(0), "\(exported.stderr)")
        #expect(exported.stdout == "3 messages handed over in \(file)\n")
        let csv = try String(contentsOfFile: file, encoding: .utf8)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines.first == "message_id,mobile,language,text")
        #expect(lines.dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
            == ["DEM001-M000001", "DEM001-M000002", "DEM001-M000003", ""], "\(csv)")
        #expect(lines[1].hasPrefix("DEM001-M000001,13800138002,zh-Hans,【医保家庭共济】王*国 申请"), "\(lines[1])")
        #expect(lines[3].contains("未通过审核，原因：缺少证明材料或材料无法辨认"), "\(lines[3])")

        let nothing = try gongji(["outbox", "export", "--to", directory + "/sms-2.csv"] + acting, home: directory)
        #expect(nothing.stdout == "0 messages handed over in \(directory)/sms-2.csv\n", "within the window, nothing again")
        let over = try gongji(["outbox", "export", "--to", file] + acting, home: directory)
        #expect(over.status == .exited(1))
        #expect(over.stderr.contains("exists already"), "\(over.stderr)")
        let toStandardOutput = try gongji(["outbox", "export"] + acting, home: directory)
        #expect(toStandardOutput.stdout == "message_id,mobile,language,text\r\n")
        #expect(toStandardOutput.stderr == "0 messages handed over\n")

        let receipts = directory + "/receipts.csv"
        try """
            message_id,status,at
            DEM001-M000001,delivered,2026-11-26T10:00:00+08:00
            DEM001-M000002,failed,
            OTHER1-M000001,delivered,
            DEM001-M000003,lost,
            """.write(toFile: receipts, atomically: true, encoding: .utf8)
        let acked = try gongji(["outbox", "ack", receipts] + acting, home: directory)
        #expect(acked.status == .exited(1), "a line not taken is a failure to look at")
        #expect(acked.stdout == """
            1 delivered, 1 failed, 0 already known
            line 4: no message OTHER1-M000001 in this store
            line 5: status must be delivered or failed

            """, "\(acked.stdout)\(acked.stderr)")
        let twice = try gongji(["outbox", "ack", receipts] + acting, home: directory)
        #expect(twice.stdout.hasPrefix("0 delivered, 0 failed, 2 already known\n"), "\(twice.stdout)")

        let counts = try gongji(["outbox", "list"] + acting, home: directory)
        #expect(counts.stdout == """
            0  pending (not handed over yet)
            1  handed over, no receipt yet
            1  delivered
            1  failed (the gateway could not deliver)
            0  no mobile number to go to

            """, "\(counts.stdout)")

        let garbage = directory + "/garbage.csv"
        try Data([0x22, 0x0A, 0x2C, 0x22, 0x22, 0x0D]).write(to: URL(fileURLWithPath: garbage))
        let malformed = try gongji(["outbox", "ack", garbage] + acting, home: directory)
        #expect(malformed.status == .exited(1) && malformed.stdout.contains("line 1:"), "\(malformed.stdout)\(malformed.stderr)")
        let notText = directory + "/binary.csv"
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: URL(fileURLWithPath: notText))
        let binary = try gongji(["outbox", "ack", notText] + acting, home: directory)
        #expect(binary.status == .exited(1) && binary.stderr.contains("is not UTF-8 text"), "\(binary.stderr)")

        let audit = try gongji(["audit", "--as", "demo-supervisor", "--demo-store", "--operator", "demo-supervisor"], home: directory)
        #expect(audit.stdout.contains("outbox.handed_over  by=demo-supervisor count=3 resent=0"), "\(audit.stdout)")
        #expect(audit.stdout.contains("outbox.acknowledged  by=demo-supervisor delivered=1 failed=1 notHandedOver=0 unchanged=0 unknown=1"))
        #expect(!audit.stdout.contains("1380013800"), "no mobile number in the journal")
        let verified = try gongji(["verify", "--demo-store"], home: directory)
        #expect(verified.status == .exited(0), "\(verified.stdout)")
    }

    @Test func onlyASupervisorHandsMessagesOver() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        _ = try gongji(["review", "--demo-store", "--add-sample"], home: directory, password: "review-demo")
        let byReviewer = try gongji(
            ["outbox", "export", "--demo-store", "--as", "demo-reviewer", "--to", directory + "/sms.csv"], home: directory, password: "review-demo")
        #expect(byReviewer.status == .exited(1))
        #expect(byReviewer.stderr.contains("may not administer"), "\(byReviewer.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory + "/sms.csv"))
        let wrong = try gongji(["outbox", "list", "--demo-store", "--as", "demo-supervisor"], home: directory, password: "guess-guess")
        #expect(wrong.status == .exited(1))
    }
}
