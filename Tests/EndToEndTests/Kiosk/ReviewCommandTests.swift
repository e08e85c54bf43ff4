import Foundation
import Testing

/// `gongji review`: an operator decides per member on the demo store, and the sharer then sees
/// the decisions at the kiosk.
@Suite(.noStrayProcesses)
struct ReviewCommandTests {
    static let password = "review-demo"

    private func gongji(_ arguments: [String], home: String, password: String? = ReviewCommandTests.password) throws -> SpawnResult {
        var environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        environment["GONGJI_OPERATOR_PASSWORD"] = password
        return try Spawn.run([try ProgramUnderTest.gongji()] + arguments, environment: environment, timeout: .seconds(20))
    }

    @Test func theReviewerApprovesOneMemberAndRejectsTheOtherAndTheSharerSeesBoth() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let empty = try gongji(["review", "--demo-store", "--list"], home: directory)
        #expect(empty.status == .exited(0), "\(empty.stderr)")
        #expect(empty.stdout == "no application is waiting for review\n")

        let sample = try gongji(["review", "--demo-store", "--add-sample"], home: directory)
        #expect(sample.stdout.hasPrefix("sample application DEM001-000001-2 added"), "\(sample.stdout)\(sample.stderr)")
        let listed = try gongji(["review", "--demo-store", "--list"], home: directory)
        #expect(listed.stdout.contains("DEM001-000001-2  submitted"))
        #expect(listed.stdout.contains("member 1  李秀英  110105********0221  spouse (marriage)  under review"))
        #expect(listed.stdout.contains("member 2  王小明"))
        #expect(!listed.stdout.contains("110105197007080221"), "ID numbers are masked")

        let approved = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "2", "--approve"], home: directory)
        #expect(approved.status == .exited(0), "\(approved.stderr)")
        #expect(approved.stdout.contains("member 2 (王小明) approved; relationship 1 active"))
        let rejected = try gongji(["review", "--demo-store", "dem001 000001 2", "--member", "1", "--reject", "PROOF_MISSING"], home: directory)
        #expect(rejected.status == .exited(0), "\(rejected.stderr)")
        #expect(rejected.stdout.contains("member 1 (李秀英) rejected: PROOF_MISSING"))
        let again = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "1", "--approve"], home: directory)
        #expect(again.status == .exited(1))
        #expect(again.stderr.contains("member 1 is not under review (it is rejected); nothing was changed"))

        let script = directory + "/sharer.keys"
        try """
            1110105196803150118<Enter>123456<Enter>1
            <expect:2. 我的申请（1 份）>2
            <expect:我提交的：部分通过>1
            <expect:1. 李*英（配偶）：未通过><expect:2. 王*明（子女）：共济已生效>1
            <expect:审核未通过：缺少材料><expect:请补充或重新扫描缺少的证明材料>
            """.write(toFile: script, atomically: true, encoding: .utf8)
        let seen = try gongji(["replay", script, "--store", directory + "/.local/share/gongji/demo.sqlite"], home: directory)
        #expect(seen.status == .exited(0), "\(seen.stdout)\(seen.stderr)")
    }

    @Test func withoutTheRightPasswordOrOnARealStoreNothingIsDecided() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        let missing = try gongji(["review", "--demo-store", "--list"], home: directory, password: nil)
        #expect(missing.status == .exited(1))
        #expect(missing.stderr.contains("give the reviewer's password in GONGJI_OPERATOR_PASSWORD"))
        let wrong = try gongji(["review", "--demo-store", "--list"], home: directory, password: "guess-guess")
        #expect(wrong.status == .exited(1))
        #expect(wrong.stderr.contains("wrong operator ID or password; 4 more tries"), "\(wrong.stderr)")
        let clerk = try gongji(["review", "--demo-store", "--list", "--as", "demo-clerk"], home: directory, password: "intake-demo")
        #expect(clerk.stderr.contains("operator demo-clerk is an intake clerk and may not review"), "\(clerk.stderr)")
        let real = try gongji(["review", "--store", directory + "/real.sqlite", "--list"], home: directory)
        #expect(real.status == .exited(1))
        #expect(real.stderr.contains("this store has no operators yet"), "\(real.stderr)")
    }

    @Test func aReasonCodeMustBeOneOfTheReviewersCodes() throws {
        let directory = try ScratchDirectory.make()
        defer { ScratchDirectory.remove(directory) }
        _ = try gongji(["review", "--demo-store", "--add-sample"], home: directory)
        let unknown = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "1", "--reject", "TOO_OLD"], home: directory)
        #expect(unknown.status == .exited(1))
        #expect(unknown.stderr.contains("TOO_OLD is not a reason code; use one of NOT_INSURED, INFO_MISMATCH"))
        let declined = try gongji(["review", "--demo-store", "DEM001-000001-2", "--member", "1", "--reject", "DECLINED"], home: directory)
        #expect(declined.stderr.contains("DECLINED comes only from the member's own answer"))
        let noMember = try gongji(["review", "--demo-store", "DEM001-000001-2", "--approve"], home: directory)
        #expect(noMember.status == .exited(64))
        #expect(noMember.stderr.contains("give the member to decide on with --member N"))
    }
}
