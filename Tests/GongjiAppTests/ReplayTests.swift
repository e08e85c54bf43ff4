import Foundation
import FamilyAid
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI
import Testing

@Suite("Headless replay")
struct ReplayTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scripts")

    func replay(
        _ name: String, store: String? = nil, everyFrame: Bool = false, settings: KioskSettings = KioskSettings()
    ) throws -> ReplayRunner.Outcome {
        let text = try String(contentsOf: Self.scripts.appendingPathComponent(name), encoding: .utf8)
        return try replay(text: text, name: name, store: store, everyFrame: everyFrame, settings: settings)
    }

    func replay(
        text: String, name: String = "script", store: String? = nil, everyFrame: Bool = false,
        settings: KioskSettings = KioskSettings(), scanInbox: String? = nil
    ) throws -> ReplayRunner.Outcome {
        try ReplayRunner.run(
            scriptText: text, scriptName: name, storePath: store, size: Size(columns: 80, rows: 24),
            start: ReplayRunner.defaultStart, screensPath: ScreensDirectory.sourceCheckout.path,
            environment: [:], executablePath: "/nonexistent/gongji", everyFrame: everyFrame, settings: settings,
            scanInboxPath: scanInbox
        )
    }

    @Test("Scripts that must pass", arguments: [
        "sign-in-sharer.keys", "sign-in-resident.keys", "three-wrong-pins.keys", "walk-away.keys",
        "add-spouse-and-child.keys", "add-members-refused.keys", "add-member-back-and-forth.keys",
        "add-member-walk-away.keys", "choose-payment-mode.keys", "submit-application.keys",
    ])
    func scriptPasses(name: String) throws {
        let outcome = try replay(name)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
    }

    @Test func underN24ARelativeInsuredInAnotherProvinceIsRefused() throws {
        let outcome = try replay("add-members-same-province.keys", settings: KioskSettings(policy: .national(.n24)))
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let underN26 = try replay("add-members-same-province.keys")
        #expect(!underN26.succeeded, "under N26 the sister may be added")
    }

    @Test func theSubmittedApplicationIsInTheStoreWithItsProofsModesAndSignature() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("kiosk.sqlite")
        let outcome = try replay("submit-application.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let store = try KioskDatabase.open(at: path)
        let sharer = try ResidentID.parse("110105196803150118", today: CivilDate("2026-11-23")!)
        let stored = try store.applications(asSharer: sharer)
        try #require(stored.count == 1)
        let application = stored[0]
        #expect(application.application.members.count == 2)
        #expect(application.application.channel == .kiosk)
        #expect(application.proofs[0].contains { $0.kind == .marriageCertificate && $0.documentNumber == "J110105-2000-001234" })
        #expect(application.paymentModes[0].quota == Money(yuanText: "5000"))
        #expect(application.signature?.signer == sharer)
        #expect(application.number.origin == DemoStore.originID)
    }

    @Test func aScanHandedInIsKeptWithItsProofAndTheInboxIsEmptiedAtTheEnd() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("kiosk.sqlite")
        let text = try String(contentsOf: Self.scripts.appendingPathComponent("submit-with-scan.keys"), encoding: .utf8)
        let outcome = try replay(text: text, name: "submit-with-scan.keys", store: path, scanInbox: directory.path("inbox"))
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let store = try KioskDatabase.open(at: path)
        let sharer = try ResidentID.parse("110105196803150118", today: CivilDate("2026-11-23")!)
        let application = try #require(try store.applications(asSharer: sharer).first)
        let proof = try #require(application.proofs[0].first { $0.kind == .marriageCertificate })
        #expect(proof.documentNumber == "J110105-2000-001234")
        let sha256 = try #require(proof.contentSHA256)
        let kept = DocumentFolder(directory: directory.url.appendingPathComponent("documents")).url(of: sha256, format: .pdf)
        #expect(ContentHash.sha256Hex(try Data(contentsOf: kept)) == sha256)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("inbox")).isEmpty)
    }

    @Test func aScanOfASessionThatWasNotSubmittedLeavesNoCopy() throws {
        let directory = try TemporaryDirectory()
        var text = try String(contentsOf: Self.scripts.appendingPathComponent("submit-with-scan.keys"), encoding: .utf8)
        // Walk away at the summary instead of submitting.
        text = text.replacingOccurrences(of: "1\n<expect:申请已提交>\n", with: "<wait:200000>\n")
        let outcome = try replay(text: text, name: "walk away", store: directory.path("kiosk.sqlite"), scanInbox: directory.path("inbox"))
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let documents = (try? FileManager.default.contentsOfDirectory(atPath: directory.path("documents"))) ?? []
        #expect(documents.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("inbox")).isEmpty)
    }

    @Test func theLockSurvivesARestart() throws {
        let directory = try TemporaryDirectory()
        let store = directory.path("kiosk.sqlite")
        #expect(try replay("three-wrong-pins.keys", store: store).succeeded)
        let second = try replay("locked-after-restart.keys", store: store)
        #expect(second.succeeded, "\(second.problem ?? "")\n\(second.output)")
    }

    @Test func anUnknownNumberBehavesExactlyLikeAWrongPIN() throws {
        let known = try replay(text: "1110105196803150118<Enter>000000<Enter><wait:1999>")
        let unregistered = try replay(text: "111010519491231002X<Enter>000000<Enter><wait:1999>")
        #expect(known.output == unregistered.output, "both still wait after 1.999 s")
        let knownAfter = try replay(text: "1110105196803150118<Enter>000000<Enter><wait:2000>")
        let unregisteredAfter = try replay(text: "111010519491231002X<Enter>000000<Enter><wait:2000>")
        #expect(knownAfter.output.contains("还可以再试 2 次"))
        #expect(unregisteredAfter.output.contains("还可以再试 2 次"))
    }

    @Test func aFailingExpectStopsWithItsPosition() throws {
        let outcome = try replay(text: "1\n<expect:不会出现的文字>\n")
        #expect(!outcome.succeeded)
        #expect(outcome.problem == "script: line 2, column 1: expected \"不会出现的文字\" on the screen, but it is not there")
        #expect(outcome.output.contains("请输入您的证件号码"), "the screen at the failure is printed")
    }

    @Test func aScriptErrorIsReportedWithLineAndColumn() throws {
        let outcome = try replay(text: "1\n12<Bogus>", name: "bad.keys")
        #expect(!outcome.succeeded)
        #expect(outcome.problem?.hasPrefix("bad.keys: line 2, column 3") == true, "\(outcome.problem ?? "")")
    }

    @Test func everyFramePrintsEachStepWithItsCaption() throws {
        let outcome = try replay(text: "<caption:开始办理>1<resize:60x20>", everyFrame: true)
        #expect(outcome.output.contains("--- 1 at 1:15 | 开始办理"))
        #expect(outcome.output.contains("--- <resize:60x20> at 1:16 | 开始办理"))
        #expect(outcome.output.contains("窗口太小"))
        #expect(outcome.output.contains("--- final"))
    }

    @Test func replayIsDeterministic() throws {
        let first = try replay("sign-in-sharer.keys")
        let second = try replay("sign-in-sharer.keys")
        #expect(first.output == second.output)
    }

    @Test func workingDaysMoveTheVirtualClockPastTheWeekend() throws {
        // Monday 09:00 + 5 working days is the next Monday: the idle countdown has long run out.
        let outcome = try replay(text: "1<clock:+5wd><expect:办理家庭共济>")
        #expect(outcome.succeeded, "\(outcome.problem ?? "")")
        #expect(outcome.result?.state.now == ReplayRunner.defaultStart.addingTimeInterval(7 * 86_400))
    }
}

/// A folder that disappears with the test.
final class TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("gongji-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}
