import Foundation

/// Where one member of an application stands (DOMAIN.md, "Lifecycle of an application … and of
/// each member in it"). Each member moves on their own; the application's status is derived from
/// its members (`ApplicationStatus`).
///
/// Only `MemberState.after(_:at:rules:)` moves a member from one state to the next, and it refuses
/// every move the diagram does not draw with a `LifecycleError`.
public enum MemberState: Hashable, Sendable, Codable {
    /// Being filled in by the sharer (or a clerk); nothing has been checked.
    case draft
    /// Submitted: the eligibility rules are being run against the registry.
    case systemCheck
    /// Passed the system check; waiting for the parties who must confirm.
    case awaitingConfirmation(PendingConfirmation)
    /// Everyone needed has confirmed (or nobody had to); a reviewer decides by the deadline.
    case underReview(ReviewWindow)
    /// The review approved the member: a sharing relationship begins (`SharingRelationship`).
    case approved
    /// Refused by the system check, the review, or an invitation left unanswered. The sharer may
    /// edit and resubmit: the member goes through the system check again, the history kept.
    case rejected(Rejection)
    /// A party who had to confirm said no (DOMAIN.md's `DECLINED`). Final for this application:
    /// resubmitting would only ask again someone who has just answered; a new application is a
    /// new invitation they can accept.
    case declined(by: ConfirmingParty)
    /// The sharer withdrew the member before a decision.
    case cancelled

    /// The state without its details: what errors and tables name.
    public var stage: MemberStage {
        switch self {
        case .draft: .draft
        case .systemCheck: .systemCheck
        case .awaitingConfirmation: .awaitingConfirmation
        case .underReview: .underReview
        case .approved: .approved
        case .rejected: .rejected
        case .declined: .declined
        case .cancelled: .cancelled
        }
    }

    /// The reason code the member was refused with, if refused: a rejection's first reason, or
    /// `DECLINED`.
    public var reasonCode: ReasonCode? {
        switch self {
        case .rejected(let rejection): rejection.reasons.first
        case .declined: .declined
        default: nil
        }
    }
}

/// The member's state without its details.
public enum MemberStage: String, Sendable, Codable, CaseIterable {
    case draft
    case systemCheck
    case awaitingConfirmation
    case underReview
    case approved
    case rejected
    case declined
    case cancelled

    /// No decision yet: the sharer may still cancel (DOMAIN.md: "any member before a decision").
    public var isBeforeDecision: Bool {
        switch self {
        case .draft, .systemCheck, .awaitingConfirmation, .underReview: true
        case .approved, .rejected, .declined, .cancelled: false
        }
    }
}

/// An invitation out to the parties who must confirm, and who has.
public struct PendingConfirmation: Hashable, Sendable, Codable {
    /// Everyone the system check said must confirm (`ConfirmingParty`).
    public let invited: Set<ConfirmingParty>
    /// Those who have confirmed; the instants are in the member's history.
    public private(set) var confirmed: Set<ConfirmingParty>
    /// The day the invitation went out.
    public let sentOn: CivilDate
    /// The last day a confirmation counts: `sentOn` plus the profile's
    /// `confirmation.invitationExpiresAfterWorkingDays` working days. From the next day the
    /// invitation may be expired (`CONFIRMATION_TIMEOUT`).
    public let confirmBy: CivilDate

    public init(invited: Set<ConfirmingParty>, confirmed: Set<ConfirmingParty> = [], sentOn: CivilDate, confirmBy: CivilDate) {
        self.invited = invited
        self.confirmed = confirmed.intersection(invited)
        self.sentOn = sentOn
        self.confirmBy = confirmBy
    }

    /// Who still has to confirm.
    public var awaiting: Set<ConfirmingParty> { invited.subtracting(confirmed) }

    /// Whether the invitation is past its last day on `date`.
    public func hasExpired(on date: CivilDate) -> Bool { date > confirmBy }

    func recording(_ party: ConfirmingParty) -> PendingConfirmation {
        var next = self
        next.confirmed.insert(party)
        return next
    }
}

/// A review under way: how it decides, and by which day.
public struct ReviewWindow: Hashable, Sendable, Codable {
    public let mode: ReviewMode
    /// The day the member entered review.
    public let since: CivilDate
    /// The day the decision is due: `since` plus the mode's working days; `since` itself for an
    /// instant review, which decides at once (the automatic reviewer applies its verdict as soon
    /// as the member arrives).
    public let decideBy: CivilDate

    public init(mode: ReviewMode, since: CivilDate, decideBy: CivilDate) {
        self.mode = mode
        self.since = since
        self.decideBy = decideBy
    }

    /// Whether the decision is late on `date`: the screens tell the sharer to ask the office.
    public func isOverdue(on date: CivilDate) -> Bool { date > decideBy }
}

/// Why a member was refused, and at which step. Every rejection carries at least one reason code
/// (DOMAIN.md), and each code says what to do next (`ReasonCode.nextStep`).
public struct Rejection: Hashable, Sendable, Codable {
    /// The reasons, the first the one to say first; never empty, no code twice.
    public let reasons: [ReasonCode]
    public let step: RejectionStep

    /// Nil when `reasons` is empty: a rejection without a reason is exactly what DOMAIN.md rules out.
    public init?(reasons: [ReasonCode], step: RejectionStep) {
        var seen = Set<ReasonCode>()
        let unique = reasons.filter { seen.insert($0).inserted }
        guard !unique.isEmpty else { return nil }
        self.reasons = unique
        self.step = step
    }

    /// What to do next, one step per reason, in the reasons' order, without repeats.
    public var nextSteps: [NextStep] {
        var seen = Set<NextStep>()
        return reasons.map(\.nextStep).filter { seen.insert($0).inserted }
    }
}

/// The step of the member lifecycle that refused the member.
public enum RejectionStep: String, Sendable, Codable, CaseIterable {
    case systemCheck
    /// The invitation expired unanswered.
    case confirmation
    case review
}
