import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Answering invitations against the demo store: what the resident is shown, and what is recorded.
@Suite("Invitation effects against the store")
struct InvitationPerformerTests {
    let store: KioskDatabase
    let performer: EffectPerformer
    let number: ApplicationNumber
    let now = FollowUpStore.monday

    init() throws {
        store = try DemoStore.inMemory(now: FollowUpStore.early(0), pinCost: .fastForTests)
        performer = EffectPerformer(
            database: store, lockout: .standard, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() },
            policy: FollowUpStore.profile, calendar: FollowUpStore.calendar)
        number = try FollowUpStore.submit(in: store, members: [FollowUpStore.spouseMember])
    }

    func invitations(_ person: ResidentID) throws -> [InvitationItem] {
        guard case .invitationsLoaded(let items)? = performer.perform(.loadInvitations(person), now: now) else {
            throw Failure.unexpectedAnswer
        }
        return items
    }

    enum Failure: Error { case unexpectedAnswer }

    /// The outcome an answer effect was answered with; nil for any other event.
    func outcome(_ event: Event?) -> InvitationOutcome? {
        if case .invitationAnswered(let outcome)? = event { outcome } else { nil }
    }

    @Test func theMemberSeesWhoInvitesAndTheSharerNothing() throws {
        let items = try invitations(FollowUpStore.spouse)
        #expect(items.count == 1)
        #expect(items.first?.sharerName.text == "王建国")
        #expect(items.first?.number == number)
        #expect(items.first?.party == .member)
        #expect(try invitations(FollowUpStore.sharer).isEmpty)
    }

    @Test func confirmingSendsTheMemberToReview() throws {
        let answer = performer.perform(.answerInvitation(number, member: 0, party: .member, accept: true), now: now)
        #expect(outcome(answer) == .confirmed(othersAwaited: false))
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state.stage == .underReview)
        #expect(try invitations(FollowUpStore.spouse).isEmpty)
        let again = performer.perform(.answerInvitation(number, member: 0, party: .member, accept: true), now: now)
        #expect(outcome(again) == .noLongerOpen)
    }

    @Test func decliningEndsTheMembersPart() throws {
        let answer = performer.perform(.answerInvitation(number, member: 0, party: .member, accept: false), now: now)
        #expect(outcome(answer) == .declined)
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state == .declined(by: .member))
    }

    @Test func anAnswerAfterTheLastDayIsExpired() throws {
        let later = now.addingTimeInterval(20 * 86_400)
        let answer = performer.perform(.answerInvitation(number, member: 0, party: .member, accept: true), now: later)
        #expect(outcome(answer) == .expired)
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state.stage == .awaitingConfirmation)
    }
}
