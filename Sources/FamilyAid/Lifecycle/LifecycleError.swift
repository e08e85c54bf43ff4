import Foundation

/// Why a lifecycle refused a step. Every impossible transition is one of these, never a silent
/// change: the state (and history) stay as they were.
public enum LifecycleError: Error, Hashable, Sendable {
    // Members.

    /// The diagram draws no arrow for this event from this state.
    case memberEventNotAllowed(MemberStage, MemberEventKind)
    /// A confirmation or decline from someone the invitation is not (or no longer) waiting for.
    case partyNotAwaited(ConfirmingParty, awaiting: Set<ConfirmingParty>)
    /// A confirmation or decline after the invitation's last day: it has expired.
    case invitationExpired(confirmBy: CivilDate, on: CivilDate)
    /// Expiry asked for on or before the invitation's last day.
    case invitationStillOpen(confirmBy: CivilDate, on: CivilDate)
    /// `CONFIRMATION_TIMEOUT` and `DECLINED` come only from expiry and a decline.
    case reasonNotForThisStep(ReasonCode, MemberEventKind)
    /// A rejection without a reason code.
    case noReasonGiven(MemberEventKind)
    /// An edit that changes nothing.
    case emptyEdit
    /// An event dated before the last one recorded.
    case eventBeforeLastChange(last: Date, given: Date)

    // Applications.

    /// A step taken under another profile (or another version of it) than the one that judges
    /// the application.
    case profileMismatch(recorded: SharingApplication.ProfileReference, given: SharingApplication.ProfileReference)
    case noMemberAt(Int)
    /// Members are added only while the application is a draft.
    case membersFixedAfterSubmission
    /// Submitting an application with no draft member.
    case nothingToSubmit
    /// A relationship asked for a member the review has not approved.
    case memberNotApproved(MemberStage)
    /// Edits to an application's member go through `revise(memberAt:…)`, which keeps the details
    /// and the recorded changes together.
    case editWithoutDetails

    // Periods.

    case period(PeriodProblem)

    // Relationships.

    /// No arrow for this event from this state.
    case relationshipEventNotAllowed(RelationshipStage, RelationshipEventKind)
    /// Activation before the first day.
    case notStartedYet(start: CivilDate, on: CivilDate)
    /// The end-date event before the day after the last day, or for an open-ended relationship.
    case endDateNotPassed(end: CivilDate?, on: CivilDate)
    /// An event other than the end-date one, for an active relationship past its last day.
    case lastDayPassed(end: CivilDate, on: CivilDate)
    /// An event dated before the last one recorded.
    case dateBeforeLastChange(last: CivilDate, given: CivilDate)
    case quota(QuotaProblem)
    /// Registry facts given for a dissolution check are about someone else.
    case registryFactsForAnotherPerson(RelationshipSide)
    /// A dissolution with no cause.
    case nothingDissolves
}

/// Why a quota step is refused (N26's 共济额度).
public enum QuotaProblem: Hashable, Sendable {
    /// The profile uses quotas and none was assigned.
    case required
    /// A quota given, or used, where the profile uses none.
    case notUsedByProfile
    /// Zero or negative amounts are not quota steps.
    case amountNotPositive(Money)
    /// More asked than is left unused.
    case exceedsUnused(asked: Money, unused: Money)
    /// A refund larger than what was used.
    case refundExceedsUsed(asked: Money, used: Money)
}
