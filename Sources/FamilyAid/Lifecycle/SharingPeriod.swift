/// How long a sharing is to run, as the sharer asks for it.
///
/// A profile whose `authorizationPeriod` is `.chosenDates` (Jiangsu, Guizhou) has the sharer pick
/// both a first and a last day; every other profile runs a sharing until someone ends it.
public enum SharingPeriod: Hashable, Sendable, Codable {
    /// From approval until the sharer unbinds, the member leaves, or it is dissolved.
    case openEnded
    /// From `start` through `end`, both days included. The relationship ends on the day after
    /// `end` (`RelationshipEndReason.endDatePassed`).
    case chosen(start: CivilDate, end: CivilDate)

    /// This period, if the profile allows it on `today` (the day the sharer asks):
    /// chosen dates only where the profile offers them and always there; the first day not in the
    /// past; the last day after the first.
    public func validated(for period: AuthorizationPeriod, today: CivilDate) throws(LifecycleError) -> SharingPeriod {
        switch (period, self) {
        case (.openEnded, .openEnded):
            return self
        case (.openEnded, .chosen):
            throw .period(.datesNotOffered)
        case (.chosenDates, .openEnded):
            throw .period(.datesRequired)
        case (.chosenDates, .chosen(let start, let end)):
            guard start >= today else { throw .period(.startInPast(start: start, today: today)) }
            guard end > start else { throw .period(.endNotAfterStart(start: start, end: end)) }
            return self
        }
    }
}

/// Why a requested period is refused.
public enum PeriodProblem: Hashable, Sendable {
    /// The profile's sharings are open-ended: it offers no dates to choose.
    case datesNotOffered
    /// The profile asks the sharer to choose the first and last day.
    case datesRequired
    /// The first day is before the day of asking.
    case startInPast(start: CivilDate, today: CivilDate)
    /// The last day is on or before the first.
    case endNotAfterStart(start: CivilDate, end: CivilDate)
    /// The review took so long that the chosen last day came before the relationship could begin.
    case endPassedBeforeApproval(end: CivilDate, approvedOn: CivilDate)
}
