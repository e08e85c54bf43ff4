import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing

/// Replays of what happens after submission, against a demo store prepared with applications.
@Suite("Follow-up replays")
struct FollowUpReplayTests {
    @Test func aMemberSeesTheInvitationAndConfirms() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        let outcome = try ReplayTests().replay("member-confirms-invitation.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let stage = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state.stage
        #expect(stage == .underReview)
    }

    @Test func anInvitationPastItsLastDayCannotBeAnswered() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        let outcome = try ReplayTests().replay("member-invitation-expired.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let stage = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state.stage
        #expect(stage == .awaitingConfirmation)
    }
}

extension FollowUpReplayTests {
    @Test func theSharerSeesOneMemberApprovedAndTheOtherRefused() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        _ = try FollowUpStore.decided(at: path)
        let outcome = try ReplayTests().replay("sharer-sees-decisions.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
    }
}

extension FollowUpReplayTests {
    @Test func aMemberDeclinesAfterTheSecondQuestion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        let outcome = try ReplayTests().replay("member-declines-invitation.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let state = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state
        #expect(state == .declined(by: .member))
    }

    @Test func theSharerWithdrawsAMemberBeforeADecision() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("demo.sqlite")
        let number = try FollowUpStore.spouseInvited(at: path)
        let outcome = try ReplayTests().replay("sharer-withdraws-member.keys", store: path)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")\n\(outcome.output)")
        let state = try KioskDatabase.open(at: path).application(number: number)?.application.members[0].lifecycle.state
        #expect(state == .cancelled)
    }
}
