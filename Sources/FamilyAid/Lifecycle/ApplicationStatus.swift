/// An application's status, derived from its members' states and never stored on its own, so it
/// can never disagree with them (DOMAIN.md: "the application's status is derived from its
/// members (e.g. "partly approved")").
public enum ApplicationStatus: String, Sendable, Codable, CaseIterable {
    /// Nothing sent yet (or no member added).
    case draft
    /// Some member is being checked against the registry.
    case systemCheck
    /// Some member waits for a confirmation (and none is still earlier in the pipeline).
    case awaitingConfirmation
    /// Every undecided member is with the reviewer.
    case underReview
    /// Every member still in the application was approved.
    case approved
    /// Some approved, the others rejected or declined.
    case partlyApproved
    /// Nobody approved: every member still in the application was rejected or declined.
    case rejected
    /// The sharer withdrew every member.
    case cancelled

    /// The status of an application whose members are at `stages`.
    ///
    /// 1. No members, or every member a draft: `draft`.
    /// 2. Cancelled members count for nothing, unless every member was cancelled: `cancelled`.
    /// 3. While any remaining member is undecided, the application is as far along as its least
    ///    advanced member: `draft` (something still to send) before `systemCheck` before
    ///    `awaitingConfirmation` before `underReview`. "Under review" thus means everyone has
    ///    at least reached the reviewer.
    /// 4. Once every remaining member is decided: all approved `approved`, none approved
    ///    `rejected` (a decline counts as not approved), otherwise `partlyApproved`. A rejected
    ///    member may still be edited and resubmitted, which moves the status back to rule 3.
    public static func derived(from stages: [MemberStage]) -> ApplicationStatus {
        if stages.allSatisfy({ $0 == .draft }) { return .draft }
        let remaining = stages.filter { $0 != .cancelled }
        if remaining.isEmpty { return .cancelled }
        let pipeline: [(MemberStage, ApplicationStatus)] = [
            (.draft, .draft), (.systemCheck, .systemCheck),
            (.awaitingConfirmation, .awaitingConfirmation), (.underReview, .underReview),
        ]
        for (stage, status) in pipeline where remaining.contains(stage) {
            return status
        }
        let approved = remaining.count(where: { $0 == .approved })
        if approved == remaining.count { return .approved }
        return approved == 0 ? .rejected : .partlyApproved
    }

    /// Whether some member still waits for a decision.
    public var isInProgress: Bool {
        switch self {
        case .systemCheck, .awaitingConfirmation, .underReview: true
        case .draft, .approved, .partlyApproved, .rejected, .cancelled: false
        }
    }
}
