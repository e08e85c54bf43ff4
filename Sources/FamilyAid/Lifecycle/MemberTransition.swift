import Foundation

extension MemberState {
    /// The state after `event` happens at `instant`, or why it cannot happen here.
    ///
    /// Pure: the deadlines are computed from `rules` and the day `instant` falls on; nothing is
    /// read from a clock. Every pair of state and event the DOMAIN.md diagram does not draw is
    /// refused with `.memberEventNotAllowed(stage, event)`; a drawn pair can still be refused
    /// for its details (a party not awaited, a confirmation after the last day, an expiry before
    /// it, a rejection without a reason, an edit that changes nothing).
    ///
    /// | from | event | to |
    /// | --- | --- | --- |
    /// | draft | edit | draft |
    /// | draft | submit | system check |
    /// | system check | pass (parties to confirm) | awaiting confirmation |
    /// | system check | pass (nobody to confirm) | under review |
    /// | system check | fail | rejected (system check) |
    /// | awaiting confirmation | confirm (others still awaited) | awaiting confirmation |
    /// | awaiting confirmation | confirm (the last one) | under review |
    /// | awaiting confirmation | decline | declined |
    /// | awaiting confirmation | expire | rejected (`CONFIRMATION_TIMEOUT`) |
    /// | under review | approve | approved |
    /// | under review | reject | rejected (review) |
    /// | rejected | edit | rejected |
    /// | rejected | resubmit | system check |
    /// | draft, system check, awaiting confirmation, under review | cancel | cancelled |
    public func after(_ event: MemberEvent, at instant: Date, rules: MemberLifecycleRules) throws(LifecycleError) -> MemberState {
        let day = rules.day(of: instant)
        switch (self, event) {
        case (.draft, .edit(let changes)), (.rejected, .edit(let changes)):
            guard !changes.isEmpty else { throw .emptyEdit }
            return self

        case (.draft, .submit), (.rejected, .resubmit):
            return .systemCheck

        case (.systemCheck, .passSystemCheck(let parties)):
            return parties.isEmpty
                ? .underReview(rules.review(startingOn: day))
                : .awaitingConfirmation(rules.invitation(to: parties, sentOn: day))

        case (.systemCheck, .failSystemCheck(let reasons)):
            return .rejected(try Self.rejection(reasons, at: .systemCheck, by: .failSystemCheck))

        case (.awaitingConfirmation(let pending), .confirm(let party)):
            try Self.check(party, isAwaitedIn: pending, on: day)
            let next = pending.recording(party)
            return next.awaiting.isEmpty ? .underReview(rules.review(startingOn: day)) : .awaitingConfirmation(next)

        case (.awaitingConfirmation(let pending), .decline(let party)):
            try Self.check(party, isAwaitedIn: pending, on: day)
            return .declined(by: party)

        case (.awaitingConfirmation(let pending), .expire):
            guard pending.hasExpired(on: day) else {
                throw .invitationStillOpen(confirmBy: pending.confirmBy, on: day)
            }
            return .rejected(Rejection(reasons: [.confirmationTimeout], step: .confirmation)!)

        case (.underReview, .approve):
            return .approved

        case (.underReview, .reject(let reasons)):
            return .rejected(try Self.rejection(reasons, at: .review, by: .reject))

        case (.draft, .cancel), (.systemCheck, .cancel), (.awaitingConfirmation, .cancel), (.underReview, .cancel):
            return .cancelled

        default:
            throw .memberEventNotAllowed(stage, event.kind)
        }
    }

    /// A confirmation or decline counts only from a party still awaited, on or before the last day.
    private static func check(_ party: ConfirmingParty, isAwaitedIn pending: PendingConfirmation, on day: CivilDate) throws(LifecycleError) {
        guard !pending.hasExpired(on: day) else { throw .invitationExpired(confirmBy: pending.confirmBy, on: day) }
        guard pending.awaiting.contains(party) else { throw .partyNotAwaited(party, awaiting: pending.awaiting) }
    }

    /// A rejection needs a reason, and the two confirmation reasons come only from their own
    /// events: a checker or reviewer cannot claim a relative declined.
    private static func rejection(_ reasons: [ReasonCode], at step: RejectionStep, by event: MemberEventKind) throws(LifecycleError) -> Rejection {
        if let misplaced = reasons.first(where: \.arisesOnlyFromConfirmation) {
            throw .reasonNotForThisStep(misplaced, event)
        }
        guard let rejection = Rejection(reasons: reasons, step: step) else { throw .noReasonGiven(event) }
        return rejection
    }
}

/// One step of a member's history: what happened, when, and the states on either side.
public struct MemberTransition: Hashable, Sendable, Codable {
    public let from: MemberState
    public let event: MemberEvent
    public let to: MemberState
    public let at: Date

    public init(from: MemberState, event: MemberEvent, to: MemberState, at: Date) {
        self.from = from
        self.event = event
        self.to = to
        self.at = at
    }
}

/// A member's state with every transition that led to it. Nothing is ever removed from the
/// history: a rejection, the edits that followed and the resubmission stay on record.
public struct MemberLifecycle: Hashable, Sendable, Codable {
    public private(set) var state: MemberState
    public private(set) var history: [MemberTransition]

    /// A new draft.
    public init() {
        state = .draft
        history = []
    }

    /// Applies `event` at `instant`, recording it; the state and history are untouched when it is
    /// refused. Events must come in time order: one dated before the last recorded is refused.
    @discardableResult
    public mutating func apply(_ event: MemberEvent, at instant: Date, rules: MemberLifecycleRules) throws(LifecycleError) -> MemberTransition {
        if let last = history.last?.at, instant < last {
            throw .eventBeforeLastChange(last: last, given: instant)
        }
        let next = try state.after(event, at: instant, rules: rules)
        let transition = MemberTransition(from: state, event: event, to: next, at: instant)
        history.append(transition)
        state = next
        return transition
    }

    /// How many times the member was sent for checking: the first submission and each resubmission.
    public var submissions: Int {
        history.count(where: { $0.event == .submit || $0.event == .resubmit })
    }

    /// When the review approved the member: the day the relationship can begin
    /// (`SharingRelationship.begin(…approvedOn:…)`, after `MemberLifecycleRules.day(of:)`).
    public var approvedAt: Date? {
        history.last(where: { $0.to == .approved })?.at
    }

    /// Every change made to the member's details, in order.
    public var changes: [MemberChange] {
        history.flatMap { transition -> [MemberChange] in
            if case .edit(let changes) = transition.event { changes } else { [] }
        }
    }

    /// Every rejection the member received, in order, including those since overcome.
    public var rejections: [Rejection] {
        history.compactMap { transition in
            if case .rejected(let rejection) = transition.to, transition.from.stage != .rejected { rejection } else { nil }
        }
    }
}
