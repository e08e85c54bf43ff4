import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// A grandmother's application for her grandson under 16, with his father named as guardian,
/// against the demo store: the guardian looked up, the submission stored with the guardian and
/// its text receipt, and the guardian's invitation found and answered.
@Suite("Guardian effects against the store")
struct GuardianPerformerTests {
    let database: KioskDatabase
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    static let grandmother = FollowUpStore.id("110105194704121427")  // 张秀兰
    static let grandson = FollowUpStore.youngChild  // 王小明
    static let father = FollowUpStore.sharer  // 王建国

    init() throws {
        database = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        performer = EffectPerformer(
            database: database, lockout: .standard, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() },
            policy: FollowUpStore.profile, calendar: FollowUpStore.calendar)
    }

    func submission() -> ApplicationSubmission {
        let grandson = ApplicationSubmission.Member(
            details: MemberDetails(name: PersonName("王小明"), id: Self.grandson, relation: .near(.sonsChild, .birth), guardian: Self.father),
            confirmations: [.guardian, .sharer], uses: Set(SharedUse.allCases), quota: Money(yuanText: "3000"), rank: nil,
            proofs: [SubmittedProof(kind: .commitmentLetter, documentNumber: nil)], guardianName: PersonName("王建国"))
        return ApplicationSubmission(
            sharer: Self.grandmother, profile: FollowUpStore.profile, members: [grandson],
            letter: .onScreen(LetterSignature(version: "2026.1", language: .chinese, contentSHA256: String(repeating: "ab", count: 32), signedAt: now)))
    }

    func submitted(_ performer: EffectPerformer) throws -> ApplicationNumber {
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(submission()), now: now) else {
            throw Failure.unexpectedAnswer
        }
        return receipt.number
    }

    func invitations(_ person: ResidentID) throws -> [InvitationItem] {
        guard case .invitationsLoaded(let items)? = performer.perform(.loadInvitations(person), now: now) else {
            throw Failure.unexpectedAnswer
        }
        return items
    }

    enum Failure: Error { case unexpectedAnswer }

    @Test func theGuardianIsLookedUpInTheRegistry() {
        guard case .guardianLookedUp(let id, let person)? = performer.perform(.lookUpGuardian(Self.father), now: now) else {
            Issue.record("not answered as a guardian's look-up")
            return
        }
        #expect(id == Self.father && person?.name.text == "王建国")
        let nobody = FollowUpStore.id("11010519491231002X")
        guard case .guardianLookedUp(_, nil)? = performer.perform(.lookUpGuardian(nobody), now: now) else {
            Issue.record("an unknown number was found")
            return
        }
    }

    @Test func theSubmissionKeepsTheGuardianAndWaitsForHim() throws {
        let number = try submitted(performer)
        let stored = try #require(try database.application(number: number))
        #expect(stored.application.members[0].details.guardian == Self.father)
        guard case .awaitingConfirmation(let pending) = stored.application.members[0].lifecycle.state else {
            Issue.record("not awaiting confirmation: \(stored.application.members[0].lifecycle.state)")
            return
        }
        #expect(pending.awaiting == [.guardian], "the grandmother's own consent is given by submitting")
    }

    @Test func theTextReceiptNamesTheGuardianMasked() throws {
        let directory = try TemporaryDirectory()
        var writing = performer
        writing.receipts = ReceiptFile(
            directory: URL(fileURLWithPath: directory.path("receipts")),
            catalog: try ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadCatalog())
        let number = try submitted(writing)
        let text = try String(contentsOfFile: directory.path("receipts/\(number.text).txt"), encoding: .utf8)
        #expect(text.contains("   还需确认：王*国（王*明 的监护人）"))
        #expect(text.contains("   Still to confirm: 王*国 (王*明's guardian)"))
        #expect(!text.contains(Self.father.number) && !text.contains("王建国"))
    }

    @Test func theGuardianFindsTheInvitationAsGuardianAndTheChildDoesNot() throws {
        let number = try submitted(performer)
        let items = try invitations(Self.father)
        #expect(items.map(\.party) == [.guardian])
        #expect(items.first?.number == number)
        #expect(items.first?.sharerName.text == "张秀兰")
        #expect(items.first?.member.name.text == "王小明")
        #expect(try invitations(Self.grandson).isEmpty)
        #expect(try invitations(Self.grandmother).isEmpty)
    }

    @Test func theGuardiansAgreementSendsTheMemberToReview() throws {
        let number = try submitted(performer)
        let answer = performer.perform(.answerInvitation(number, member: 0, party: .guardian, accept: true), now: now)
        guard case .invitationAnswered(.confirmed(othersAwaited: false))? = answer else {
            Issue.record("not confirmed: \(String(describing: answer))")
            return
        }
        #expect(try database.application(number: number)?.application.members[0].lifecycle.state.stage == .underReview)
        #expect(try invitations(Self.father).isEmpty)
    }

    @Test func theGuardiansRefusalIsRecordedAsTheGuardians() throws {
        let number = try submitted(performer)
        _ = performer.perform(.answerInvitation(number, member: 0, party: .guardian, accept: false), now: now)
        #expect(try database.application(number: number)?.application.members[0].lifecycle.state == .declined(by: .guardian))
    }
}
