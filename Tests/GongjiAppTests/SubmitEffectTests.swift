import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Submitting an application against the demo store: what is recorded, the number and decision
/// date answered, and a refusal by the domain answered as a failure.
@Suite("Submitting an application")
struct SubmitEffectTests {
    let database: KioskDatabase
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    init() throws {
        database = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        performer = EffectPerformer(
            database: database, lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
    }

    func id(_ number: String) throws -> ResidentID {
        try ResidentID.parse(number, today: CivilDate(now))
    }

    func submission() throws -> ApplicationSubmission {
        let spouse = ApplicationSubmission.Member(
            details: MemberDetails(name: PersonName("李秀英"), id: try id("110105197007080221"), relation: .near(.spouse, .marriage)),
            confirmations: [.member], uses: [.hospitalSelfPay], quota: Money(yuanText: "5000"), rank: nil,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234")])
        return ApplicationSubmission(
            sharer: try id("110105196803150118"), profile: .kioskDefault, members: [spouse],
            letter: .onScreen(LetterSignature(version: "2026.1", language: .chinese, contentSHA256: String(repeating: "ab", count: 32), signedAt: now)))
    }

    @Test func theApplicationIsStoredCheckedAndNumbered() throws {
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        #expect(receipt.number.origin == DemoStore.originID)
        #expect(receipt.decideBy > CivilDate(now))
        let stored = try #require(try database.application(number: receipt.number))
        #expect(stored.application.channel == .kiosk)
        #expect(stored.proofs[0] == [ProofReference(kind: .marriageCertificate, documentNumber: "J110105-2000-001234")])
        #expect(stored.paymentModes[0].allowedUses == [.hospitalSelfPay])
        #expect(stored.paymentModes[0].quota == Money(yuanText: "5000"))
        #expect(stored.signature?.letter == .onScreen(version: "2026.1", contentSHA256: String(repeating: "ab", count: 32)))
        // Past the system check, the spouse's own confirmation is awaited.
        #expect(stored.application.members[0].lifecycle.state.stage == .awaitingConfirmation)
    }

    @Test func whatTheDomainRefusesIsAnsweredAsAFailureAndNothingIsStored() throws {
        var empty = try submission()
        empty.members = []
        guard case .serviceFailed? = performer.perform(.submitApplication(empty), now: now) else {
            Issue.record("an application without members was submitted")
            return
        }
        #expect(try database.applications(asSharer: try id("110105196803150118")).isEmpty)
    }

    @Test func aTextReceiptIsWrittenWithTheIDNumbersMasked() throws {
        let directory = try TemporaryDirectory()
        var writing = performer
        writing.receipts = ReceiptFile(
            directory: URL(fileURLWithPath: directory.path("receipts")),
            catalog: try ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadCatalog())
        guard case .applicationSubmitted(let receipt)? = writing.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        let text = try String(contentsOfFile: directory.path("receipts/\(receipt.number.text).txt"), encoding: .utf8)
        #expect(text.contains(receipt.number.text))
        #expect(text.contains("李*英"))
        #expect(text.contains("家庭共济申请回执"))
        #expect(text.contains("Family sharing application receipt"))
        #expect(!text.contains("⟦"), "a text is missing from the catalog")
        #expect(!text.contains("110105197007080221"))
        #expect(!text.contains("110105196803150118"))
        let mode = try FileManager.default.attributesOfItem(atPath: directory.path("receipts/\(receipt.number.text).txt"))[.posixPermissions] as? Int
        #expect(mode == 0o640, "a receipt is readable by the service's user and group only")
        #expect(text.contains("（自助终端）") && text.contains("(self-service kiosk)"))

        var takenIn = try submission()
        takenIn.takenInBy = "demo-clerk"
        let counterText = try #require(writing.receipts).text(takenIn, receipt, now: now)
        #expect(counterText.contains("（柜台受理）") && counterText.contains("(taken in at a counter)"), "\(counterText)")
    }

    @Test func theSharersOwnConsentIsGivenBySubmitting() throws {
        var both = try submission()
        both.members[0].confirmations = [.member, .sharer]
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(both), now: now) else {
            Issue.record("no receipt")
            return
        }
        let stored = try #require(try database.application(number: receipt.number))
        guard case .awaitingConfirmation(let pending) = stored.application.members[0].lifecycle.state else {
            Issue.record("not awaiting the member: \(stored.application.members[0].lifecycle.state)")
            return
        }
        #expect(pending.awaiting == [.member])
    }
}
