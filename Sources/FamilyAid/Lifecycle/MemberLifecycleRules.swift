import Foundation

/// The settings the member lifecycle needs, taken from the profile that judges the application
/// and the channel it came through: how long an invitation stays open and how review decides.
public struct MemberLifecycleRules: Sendable {
    /// Working days an invitation stays open (the profile's
    /// `confirmation.invitationExpiresAfterWorkingDays`).
    public var invitationWorkingDays: Int
    /// The profile's review mode for the application's channel.
    public var review: ReviewMode
    /// Counts the working days of both deadlines.
    public var calendar: WorkingDayCalendar
    /// The time zone in which an instant falls on a day: China Standard Time.
    public var timeZone: TimeZone

    public init(invitationWorkingDays: Int, review: ReviewMode, calendar: WorkingDayCalendar, timeZone: TimeZone = .shanghai) {
        self.invitationWorkingDays = invitationWorkingDays
        self.review = review
        self.calendar = calendar
        self.timeZone = timeZone
    }

    public init(profile: PolicyProfile, channel: ApplicationChannel, calendar: WorkingDayCalendar, timeZone: TimeZone = .shanghai) {
        self.init(
            invitationWorkingDays: profile.confirmation.invitationExpiresAfterWorkingDays,
            review: channel.reviewMode(in: profile.review), calendar: calendar, timeZone: timeZone)
    }

    /// The calendar day on which `instant` falls.
    public func day(of instant: Date) -> CivilDate { CivilDate(instant, in: timeZone) }

    /// An invitation sent on `day`: open through its last day.
    func invitation(to parties: Set<ConfirmingParty>, sentOn day: CivilDate) -> PendingConfirmation {
        PendingConfirmation(
            invited: parties, sentOn: day,
            confirmBy: calendar.adding(workingDays: max(0, invitationWorkingDays), to: day))
    }

    /// A review starting on `day`, due by the mode's working days later (the same day if instant).
    public func review(startingOn day: CivilDate) -> ReviewWindow {
        let decideBy = switch review {
        case .instant: day
        case .manual(let workingDays): calendar.adding(workingDays: max(0, workingDays), to: day)
        }
        return ReviewWindow(mode: review, since: day, decideBy: decideBy)
    }
}
