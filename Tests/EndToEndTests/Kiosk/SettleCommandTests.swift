import Foundation
import Testing

/// `gongji settle` and `gongji refund`, run by a supervisor: bills paid from the member's own
/// account and in cash, refunds by the route the money came, refusals in words, and every one
/// journaled with the supervisor who recorded it.
@Suite(.noStrayProcesses)
struct SettleCommandTests {
    /// 王丽 of the demo store: employee insured, 2,100.50 yuan in her own account, no sharers.
    static let member = "110105200309120422"

    /// Runs gongji with `password` as the acting operator's; nil gives none, as at a script
    /// with no terminal.
    private func gongji(_ arguments: [String], home: String, password: String? = "supervise-demo") throws -> SpawnResult {
        var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment["GONGJI_OPERATOR_PASSWORD"] = password
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    @Test func aBillIsPaidFromTheOwnAccountThenInCashAndRefundedByTheSameRoute() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/demo.sqlite", "--demo-store", "--as", "demo-supervisor"]

        let settled = try gongji(["settle"] + store + [
            "--member", Self.member, "--amount", "2,500", "--use", "pharmacy", "--bill", "P-0001", "--date", "2026-11-26",
        ], home: directory)
        #expect(settled.status == .exited(0), "\(settled.stderr)")
        #expect(settled.stdout == """
            settled bill P-0001 of 110105********0422 on 2026-11-26: 2,500.00 yuan
              own account  2,100.50
              cash  399.50

            """, "\(settled.stdout)")
        #expect(!settled.stdout.contains(Self.member), "the ID number is masked")

        let refunded = try gongji(["refund"] + store + [
            "--bill", "P-0001", "--amount", "500", "--refund", "R-0001", "--date", "2026-11-27",
        ], home: directory)
        #expect(refunded.status == .exited(0), "\(refunded.stderr)")
        #expect(refunded.stdout == """
            refunded R-0001 of bill P-0001 on 2026-11-27: 500.00 yuan
              cash  399.50
              own account  100.50

            """, "\(refunded.stdout)")

        let verified = try gongji(["verify", "--store", directory + "/demo.sqlite"], home: directory)
        #expect(verified.stdout.hasPrefix("ok: 9 events in 1 origin"),
                "install, registry, three demo operators, a sign-in and a settlement, a sign-in and a refund: \(verified.stdout)")

        let audit = try gongji(["audit", "--store", directory + "/demo.sqlite", "--as", "demo-supervisor", "--operator", "demo-supervisor"],
                               home: directory)
        let recorded = audit.stdout.split(separator: "\n").filter { $0.contains("money.") }
        #expect(recorded.count == 2, "\(audit.stdout)\(audit.stderr)")
        #expect(recorded.first?.contains("money.settled") == true && recorded.first?.contains("bill=P-0001") == true)
        #expect(recorded.last?.contains("money.refunded") == true && recorded.last?.contains("refund=R-0001") == true)
        #expect(recorded.allSatisfy { $0.contains("by=demo-supervisor") }, "\(recorded)")
    }

    @Test func aBillIsRecordedOnlyByASupervisorWithTheRightPassword() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let path = directory + "/demo.sqlite"
        let bill = ["--store", path, "--demo-store", "--member", Self.member, "--amount", "100", "--use", "hospital",
                    "--bill", "H-1", "--date", "2026-11-26"]

        let anonymous = try gongji(["settle"] + bill, home: directory)
        #expect(anonymous.status != .exited(0))
        #expect(anonymous.stderr.contains("Missing expected argument '--as <supervisor>'"), "\(anonymous.stderr)")

        let wrong = try gongji(["settle", "--as", "demo-supervisor"] + bill, home: directory, password: "not-the-password")
        #expect(wrong.status == .exited(1))
        #expect(wrong.stderr.contains("wrong operator ID or password"), "\(wrong.stderr)")
        #expect(wrong.stdout.isEmpty, "\(wrong.stdout)")

        let noPassword = try gongji(["settle", "--as", "demo-supervisor"] + bill, home: directory, password: nil)
        #expect(noPassword.status == .exited(1))
        #expect(noPassword.stderr.contains("give the password of demo-supervisor in GONGJI_OPERATOR_PASSWORD"), "\(noPassword.stderr)")

        let clerk = try gongji(["settle", "--as", "demo-clerk"] + bill, home: directory, password: "intake-demo")
        #expect(clerk.status == .exited(1))
        #expect(clerk.stderr.contains("operator demo-clerk is an intake clerk and may not administer"), "\(clerk.stderr)")

        let refund = try gongji(["refund", "--store", path, "--demo-store", "--bill", "H-1", "--amount", "10", "--refund", "R-1"],
                                home: directory)
        #expect(refund.stderr.contains("Missing expected argument '--as <supervisor>'"), "\(refund.stderr)")

        let audit = try gongji(["audit", "--store", path, "--as", "demo-supervisor"], home: directory)
        #expect(audit.status == .exited(0), "\(audit.stderr)")
        #expect(!audit.stdout.contains("money."), "nothing was settled: \(audit.stdout)")
        let settled = try gongji(["settle", "--as", "demo-supervisor"] + bill, home: directory)
        #expect(settled.status == .exited(0), "the bill number is still free: \(settled.stderr)")
    }

    @Test func mistakesAreRefusedInWordsAndChangeNothing() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/demo.sqlite", "--demo-store", "--as", "demo-supervisor"]
        let bill = ["--member", Self.member, "--amount", "100", "--use", "hospital", "--bill", "H-1", "--date", "2026-11-26"]
        #expect(try gongji(["settle"] + store + bill, home: directory).status == .exited(0))

        let twice = try gongji(["settle"] + store + bill, home: directory)
        #expect(twice.status == .exited(1))
        #expect(twice.stderr.contains("Bill H-1 was already settled"), "\(twice.stderr)")

        let badAmount = try gongji(["settle"] + store + [
            "--member", Self.member, "--amount", "12.345", "--use", "hospital", "--bill", "H-2"], home: directory)
        #expect(badAmount.status != .exited(0))
        #expect(badAmount.stderr.contains("--amount takes an amount in yuan above 0"), "\(badAmount.stderr)")

        let badMember = try gongji(["settle"] + store + [
            "--member", "110105200309120421", "--amount", "10", "--use", "hospital", "--bill", "H-3"], home: directory)
        #expect(badMember.status != .exited(0))
        #expect(badMember.stderr.contains("--member is not a valid ID number"), "\(badMember.stderr)")

        let tooMuch = try gongji(["refund"] + store + [
            "--bill", "H-1", "--amount", "100.01", "--refund", "R-1", "--date", "2026-11-27"], home: directory)
        #expect(tooMuch.status == .exited(1))
        #expect(tooMuch.stderr.contains("only 100.00 yuan of the bill is left to refund"), "\(tooMuch.stderr)")

        let early = try gongji(["refund"] + store + [
            "--bill", "H-1", "--amount", "10", "--refund", "R-1", "--date", "2026-11-25"], home: directory)
        #expect(early.stderr.contains("before the bill's date 2026-11-26"), "\(early.stderr)")

        let unknown = try gongji(["refund"] + store + ["--bill", "H-9", "--amount", "10", "--refund", "R-1"], home: directory)
        #expect(unknown.stderr.contains("There is no settled bill H-9"), "\(unknown.stderr)")

        let noStore = try gongji(["settle", "--store", directory + "/none.sqlite", "--as", "demo-supervisor"] + bill, home: directory)
        #expect(noStore.status == .exited(1))
        #expect(noStore.stderr.contains("no store at"), "\(noStore.stderr)")
    }
}
