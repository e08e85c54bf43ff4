import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Correcting a rejected member against a demo store: the verdict before sending, the
/// correction recorded with the proofs that replace the earlier ones, the member through the
/// system check again, and what cannot be corrected answered in words.
@Suite("Correction effects against the store")
struct CorrectionPerformerTests {
    let directory: TemporaryDirectory
    let store: KioskDatabase
    let performer: EffectPerformer
    let number: ApplicationNumber
    let now = FollowUpStore.monday

    init() throws {
        directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        number = try FollowUpStore.decided(at: path)
        store = try KioskDatabase.open(at: path)
        performer = EffectPerformer(
            database: store, lockout: .standard, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() },
            policy: FollowUpStore.profile, calendar: FollowUpStore.calendar)
    }

    /// The spouse, refused for a missing proof.
    var spouse: MemberDetails {
        get throws { try #require(try store.application(number: number)).application.members[0].details }
    }

    func outcome(_ event: Event?) -> MemberActionOutcome? {
        if case .memberActed(let outcome)? = event { outcome } else { nil }
    }

    @Test func theCorrectedMemberIsJudgedOnTheStoresFacts() throws {
        guard case .revisionJudged(let allowed)? = performer.perform(.judgeRevision(number, member: 0, try spouse), now: now) else {
            Issue.record("no verdict")
            return
        }
        #expect(allowed.isEligible)
        #expect(allowed.requirements.proofs.map(\.proofCase) == [.spouse])
        var other = try spouse
        other.relation = .inLaw(.spousesParent)
        guard case .revisionJudged(let refused)? = performer.perform(.judgeRevision(number, member: 0, other), now: now) else {
            Issue.record("no verdict")
            return
        }
        #expect(refused.codes == [.relationNotAllowed])
    }

    @Test func aCorrectionReplacesTheProofsAndSendsTheMemberThroughTheCheckAgain() throws {
        let before = try #require(try store.application(number: number))
        let correction = MemberCorrection(
            number: number, member: 0, details: try spouse,
            proofs: [SubmittedProof(kind: .householdRegister, documentNumber: "HK-2026-0001")])
        #expect(outcome(performer.perform(.correctMember(correction), now: now)) == .done(.revise))
        let after = try #require(try store.application(number: number))
        #expect(after.proofs[0] == [ProofReference(kind: .householdRegister, documentNumber: "HK-2026-0001")])
        #expect(after.proofs[0] != before.proofs[0])
        let member = after.application.members[0].lifecycle
        // Past the check again (the sharer's own consent given by the application, as under N26),
        // she is asked once more to confirm.
        #expect(member.state.stage == .awaitingConfirmation)
        #expect(member.history.suffix(4).map(\.event.kind) == [.edit, .resubmit, .passSystemCheck, .confirm])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: DemoStore.originID).count))
    }

    @Test func aMemberThatMovedOnMeanwhileIsNotCorrected() throws {
        let correction = MemberCorrection(
            number: number, member: 1, details: try #require(try store.application(number: number)).application.members[1].details,
            proofs: [SubmittedProof(kind: .birthCertificate, documentNumber: nil)])
        #expect(outcome(performer.perform(.correctMember(correction), now: now)) == .notPossibleNow)
        let missing = MemberCorrection(number: number, member: 5, details: try spouse, proofs: [])
        #expect(outcome(performer.perform(.correctMember(missing), now: now)) == .notPossibleNow)
    }

    @Test func aCorrectionWhoseScanIsNotKeptIsNotRecorded() throws {
        let correction = MemberCorrection(
            number: number, member: 0, details: try spouse,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: nil, scanSHA256: String(repeating: "ef", count: 32))])
        guard case .serviceFailed? = performer.perform(.correctMember(correction), now: now) else {
            Issue.record("a proof pointing at no scan was recorded")
            return
        }
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state.stage == .rejected)
    }
}
