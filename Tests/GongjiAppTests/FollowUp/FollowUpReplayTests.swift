import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing

/// Replays of what happens after submission, against a demo store prepared with applications.
@Suite("Follow-up replays")
struct FollowUpReplayTests {
    /// Each script starts from 王建国's application for his spouse, waiting for her answer, and
    /// leaves her part of it at the stage given.
    static let invitationScripts: [(script: String, stage: MemberStage)] = [
        ("member-confirms-invitation.keys", .underReview),
        ("member-invitation-expired.keys", .awaitingConfirmation),
        ("member-declines-invitation.keys", .declined),
        ("sharer-withdraws-member.keys", .cancelled),
    ]

    @Test("from a waiting invitation", arguments: invitationScripts)
    func fromAnInvitation(script: String, stage: MemberStage) throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        let outcome = try ReplayTests().replay(script, store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let state = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state
        #expect(state?.stage == stage)
    }

    @Test func aDeclineIsRecordedAsTheMembers() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        _ = try ReplayTests().replay("member-declines-invitation.keys", store: path)
        let state = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state
        #expect(state == .declined(by: .member))
    }

    @Test func aGrandparentNamesTheGuardianWhoThenConfirmsAndTheMemberMovesToReview() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let outcome = try ReplayTests().replay("guardian-confirms-grandchild.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let store = try KioskDatabase.open(at: path)
        let applications = try store.applications(asSharer: FollowUpStore.id("110105194704121427"))
        try #require(applications.count == 1)
        let member = applications[0].application.members[0]
        #expect(member.details.id == FollowUpStore.youngChild)
        #expect(member.details.relation == .near(.sonsChild, .birth))
        #expect(member.details.guardian == FollowUpStore.sharer)
        #expect(member.lifecycle.state.stage == .underReview)
        #expect(member.lifecycle.history.contains { $0.event == .confirm(.guardian) })
        #expect(try store.invitations(awaiting: FollowUpStore.sharer).isEmpty)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: DemoStore.originID).count))
    }

    @Test func theSharerSeesOneMemberApprovedAndTheOtherRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        _ = try FollowUpStore.decided(at: path)
        let outcome = try ReplayTests().replay("sharer-sees-decisions.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
    }

    @Test func theSharerCorrectsTheRefusedMemberAndSendsHerAgain() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.decided(at: path)
        let outcome = try ReplayTests().replay("sharer-corrects-member.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let stored = try KioskDatabase.open(at: path).application(number: number)
        #expect(stored?.application.members[0].lifecycle.state.stage == .awaitingConfirmation)
        #expect(stored?.proofs[0] == [ProofReference(kind: .householdRegister, documentNumber: "HK-2026-0001")])
    }
}
