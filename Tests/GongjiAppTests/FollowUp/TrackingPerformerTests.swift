import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Tracking effects against a demo store: what a sharer and a member read, and what a
/// withdrawal or a resubmission records.
@Suite("Tracking effects against the store")
struct TrackingPerformerTests {
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

    func applications(_ person: ResidentID) -> [FollowedApplication]? {
        if case .applicationsLoaded(let items)? = performer.perform(.loadApplications(person), now: now) { items } else { nil }
    }

    func outcome(_ event: Event?) -> MemberActionOutcome? {
        if case .memberActed(let outcome)? = event { outcome } else { nil }
    }

    @Test func theSharerAndEachMemberReadTheApplicationWithTheRelationshipBegun() throws {
        let own = try #require(applications(FollowUpStore.sharer))
        #expect(own.map(\.number) == [number])
        #expect(own.first?.application.status == .partlyApproved)
        #expect(own.first?.relationships == [1: .active])
        #expect(own.first?.sharerName.text == "王建国")
        #expect(applications(FollowUpStore.spouse)?.map(\.number) == [number])
        #expect(applications(FollowUpStore.parent)?.isEmpty == true)
    }

    @Test func aMemberBeforeADecisionIsWithdrawnAndADecidedOneIsNot() throws {
        let other = try FollowUpStore.submit(in: store, members: [FollowUpStore.spouseMember])
        #expect(outcome(performer.perform(.actOnMember(other, member: 0, .cancel), now: now)) == .done(.cancel))
        #expect(try store.application(number: other)?.application.members[0].lifecycle.state == .cancelled)
        #expect(outcome(performer.perform(.actOnMember(number, member: 1, .cancel), now: now)) == .notPossibleNow)
    }

    @Test func aRejectedMemberIsSentAgain() throws {
        #expect(outcome(performer.perform(.actOnMember(number, member: 0, .resubmit), now: now)) == .done(.resubmit))
        // Sent again, she passes the system check once more and waits for her own confirmation.
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state.stage == .awaitingConfirmation)
    }

    @Test func aResentMemberWhoIsNoLongerEligibleIsRefusedAgainWithTheReason() throws {
        // Someone the registry does not know, refused by the reviewer, then sent again.
        let unknown = try ResidentID.parse("11010519491231002X", today: CivilDate(now))
        let other = try FollowUpStore.submit(
            in: store, members: [(unknown, "张三", DeclaredRelation.near(.parent, .birth), Set([ConfirmingParty.member]))])
        try store.recordMemberEvent(
            .confirm(.member), member: 0, application: other, at: FollowUpStore.early(2),
            profile: FollowUpStore.profile, calendar: FollowUpStore.calendar)
        try store.recordMemberEvent(
            .reject([.infoMismatch]), member: 0, application: other, at: FollowUpStore.early(3),
            profile: FollowUpStore.profile, calendar: FollowUpStore.calendar)
        #expect(outcome(performer.perform(.actOnMember(other, member: 0, .resubmit), now: now)) == .done(.resubmit))
        let state = try store.application(number: other)?.application.members[0].lifecycle.state
        #expect(state?.stage == .rejected)
        #expect(state?.reasonCode == .notInsured)
    }
}
