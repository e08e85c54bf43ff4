import Foundation
import Testing
@testable import FamilyAid

/// The two deadlines of a member's lifecycle, counted in working days from the day the member
/// entered the step: the invitation's last day (the profile's
/// `confirmation.invitationExpiresAfterWorkingDays`) and the review's due day (the profile's
/// review mode for the channel).
@Suite("Member lifecycle deadlines")
struct MemberDeadlineTests {
    struct Invitation: CustomTestStringConvertible, Sendable {
        let name: String
        let workingDays: Int
        let sent: String
        let confirmBy: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Invitation(name: "sent Friday, 1 working day: open through Monday", workingDays: 1, sent: "2026-11-27", confirmBy: "2026-11-30"),
        Invitation(name: "sent Friday, 2 working days: open through Tuesday", workingDays: 2, sent: "2026-11-27", confirmBy: "2026-12-01"),
        Invitation(name: "sent Saturday, 1 working day: open through Monday", workingDays: 1, sent: "2026-11-28", confirmBy: "2026-11-30"),
        Invitation(name: "sent Thursday, 3 working days: open through Tuesday", workingDays: 3, sent: "2026-11-26", confirmBy: "2026-12-01"),
        Invitation(name: "sent Monday, 5 working days: open through the next Monday", workingDays: 5, sent: "2026-11-23", confirmBy: "2026-11-30"),
        Invitation(name: "sent Monday, 10 working days (default): open through Monday two weeks on", workingDays: 10, sent: "2026-11-23", confirmBy: "2026-12-07"),
    ])
    func invitationLastDay(_ row: Invitation) throws {
        let rules = MemberLifecycleRules(invitationWorkingDays: row.workingDays, review: .instant, calendar: Lifecycle.calendar)
        let state = try MemberState.systemCheck.after(.passSystemCheck(confirming: [.member]), at: Lifecycle.at(row.sent), rules: rules)
        guard case .awaitingConfirmation(let pending) = state else {
            Issue.record("not awaiting confirmation: \(state)")
            return
        }
        #expect(pending.sentOn == Lifecycle.day(row.sent))
        #expect(pending.confirmBy == Lifecycle.day(row.confirmBy))
    }

    struct Expiry: CustomTestStringConvertible, Sendable {
        let name: String
        let event: MemberEvent
        let at: Date
        let outcome: Result<MemberStage, LifecycleError>
        var testDescription: String { name }
    }

    /// Sent Friday 2026-11-27 with 2 working days: the weekend does not count, Tuesday is the last day.
    @Test(arguments: [
        Expiry(name: "confirmed Monday", event: .confirm(.member), at: Lifecycle.at("2026-11-30"), outcome: .success(.underReview)),
        Expiry(name: "confirmed Tuesday 23:59", event: .confirm(.member), at: Lifecycle.at("2026-12-01", "23:59"), outcome: .success(.underReview)),
        Expiry(name: "declined Tuesday", event: .decline(.member), at: Lifecycle.at("2026-12-01"), outcome: .success(.declined)),
        Expiry(name: "confirmed Wednesday 00:01", event: .confirm(.member), at: Lifecycle.at("2026-12-02", "00:01"),
               outcome: .failure(.invitationExpired(confirmBy: Lifecycle.day("2026-12-01"), on: Lifecycle.day("2026-12-02")))),
        Expiry(name: "expired Sunday: too early", event: .expire, at: Lifecycle.at("2026-11-29"),
               outcome: .failure(.invitationStillOpen(confirmBy: Lifecycle.day("2026-12-01"), on: Lifecycle.day("2026-11-29")))),
        Expiry(name: "expired Tuesday: too early", event: .expire, at: Lifecycle.at("2026-12-01", "23:59"),
               outcome: .failure(.invitationStillOpen(confirmBy: Lifecycle.day("2026-12-01"), on: Lifecycle.day("2026-12-01")))),
        Expiry(name: "expired Wednesday: CONFIRMATION_TIMEOUT", event: .expire, at: Lifecycle.at("2026-12-02", "00:01"), outcome: .success(.rejected)),
    ])
    func expiryAcrossAWeekend(_ row: Expiry) throws {
        let rules = MemberLifecycleRules(invitationWorkingDays: 2, review: .manual(workingDays: 3), calendar: Lifecycle.calendar)
        var member = MemberLifecycle()
        try member.apply(.submit, at: Lifecycle.at("2026-11-27", "09:00"), rules: rules)
        try member.apply(.passSystemCheck(confirming: [.member]), at: Lifecycle.at("2026-11-27", "09:01"), rules: rules)
        let outcome = Result { () throws(LifecycleError) -> MemberStage in
            try member.apply(row.event, at: row.at, rules: rules).to.stage
        }
        #expect(outcome == row.outcome)
        if case .success(.rejected) = row.outcome {
            #expect(member.state.reasonCode == .confirmationTimeout)
            #expect(member.state == .rejected(Rejection(reasons: [.confirmationTimeout], step: .confirmation)!))
        }
        if case .success(.declined) = row.outcome {
            #expect(member.state.reasonCode == .declined)
            #expect(member.history.last?.event == .decline(.member))
        }
    }

    struct Review: CustomTestStringConvertible, Sendable {
        let name: String
        let profile: PolicyProfile
        let channel: ApplicationChannel
        let entered: String
        let mode: ReviewMode
        let decideBy: String
        var testDescription: String { name }
    }

    static let fastOnlineSlowCounter: PolicyProfile = {
        var profile = PolicyProfile.national(.n26)
        profile.id = "test-review"
        profile.review = ReviewRules(selfService: .manual(workingDays: 1), counter: .manual(workingDays: 5))
        return profile
    }()

    static let instantOnline: PolicyProfile = {
        var profile = PolicyProfile.national(.n26)
        profile.id = "test-instant"
        profile.review = ReviewRules(selfService: .instant, counter: .manual(workingDays: 3))
        return profile
    }()

    @Test(arguments: [
        Review(name: "national N26, kiosk, Friday: 3 working days, due Wednesday", profile: .national(.n26), channel: .kiosk,
               entered: "2026-11-27", mode: .manual(workingDays: 3), decideBy: "2026-12-02"),
        Review(name: "national N24, counter, Monday: due Thursday", profile: .national(.n24), channel: .counter,
               entered: "2026-11-23", mode: .manual(workingDays: 3), decideBy: "2026-11-26"),
        Review(name: "online 1 day, kiosk, Friday: due Monday", profile: fastOnlineSlowCounter, channel: .kiosk,
               entered: "2026-11-27", mode: .manual(workingDays: 1), decideBy: "2026-11-30"),
        Review(name: "counter 5 days, counter, Friday: due next Friday", profile: fastOnlineSlowCounter, channel: .counter,
               entered: "2026-11-27", mode: .manual(workingDays: 5), decideBy: "2026-12-04"),
        Review(name: "instant online, kiosk, Saturday: decided the same day", profile: instantOnline, channel: .kiosk,
               entered: "2026-11-28", mode: .instant, decideBy: "2026-11-28"),
        Review(name: "instant online, but at a counter: 3 working days", profile: instantOnline, channel: .counter,
               entered: "2026-11-28", mode: .manual(workingDays: 3), decideBy: "2026-12-02"),
    ])
    func reviewDeadline(_ row: Review) throws {
        let rules = MemberLifecycleRules(profile: row.profile, channel: row.channel, calendar: Lifecycle.calendar)
        let state = try MemberState.systemCheck.after(.passSystemCheck(confirming: []), at: Lifecycle.at(row.entered), rules: rules)
        #expect(state == .underReview(ReviewWindow(mode: row.mode, since: Lifecycle.day(row.entered), decideBy: Lifecycle.day(row.decideBy))))
    }

    @Test func reviewOverdueOnlyAfterItsDay() {
        let window = Lifecycle.review
        #expect(!window.isOverdue(on: Lifecycle.day("2026-11-26")))
        #expect(window.isOverdue(on: Lifecycle.day("2026-11-27")))
    }
}
