import Foundation
import Testing

/// `gongji settle` and `gongji refund`, run as an operator or a demo would: bills paid from the
/// member's own account and in cash, refunds by the route the money came, refusals in words, and
/// every one journaled.
@Suite(.noStrayProcesses)
struct SettleCommandTests {
    /// 王丽 of the demo store: employee insured, 2,100.50 yuan in her own account, no sharers.
    static let member = "110105200309120422"

    private func gongji(_ arguments: [String], home: String) throws -> SpawnResult {
        try Spawn.run([try ProgramUnderTest.gongji()] + arguments,
                      environment: ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                      timeout: .seconds(20))
    }

    @Test func aBillIsPaidFromTheOwnAccountThenInCashAndRefundedByTheSameRoute() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/demo.sqlite", "--demo-store"]

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
        #expect(verified.stdout.hasPrefix("ok: 7 events in 1 origin"), "install, registry, three demo operators, settle, refund: \(verified.stdout)")
    }

    @Test func mistakesAreRefusedInWordsAndChangeNothing() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let store = ["--store", directory + "/demo.sqlite", "--demo-store"]
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

        let noStore = try gongji(["settle", "--store", directory + "/none.sqlite"] + bill, home: directory)
        #expect(noStore.status == .exited(1))
        #expect(noStore.stderr.contains("no store at"), "\(noStore.stderr)")
    }
}
