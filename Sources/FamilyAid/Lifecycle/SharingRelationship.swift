/// A sharing relationship (共济关系) between a sharer and one member, from approval to its end.
///
/// It begins when review approves a member (`begin`), on the approval day or on the chosen first
/// day if that is later; `advance(to:)` activates it on its first day and ends it the day after
/// its chosen last day; the sharer may unbind, the member may leave, and it dissolves on its own
/// when a side's insurance ends or moves (`dissolutionCauses`). Under quotas (N26) it holds the
/// quota set aside from the sharer's account and what has been used of it; ending gives back
/// the unused part (`RelationshipEnding.returnedQuota`).
public struct SharingRelationship: Hashable, Sendable, Codable {
    /// One side, as the registry had it when the relationship began: the region is what a later
    /// move is measured against.
    public struct Side: Hashable, Sendable, Codable {
        public let id: ResidentID
        public let region: PoolingRegion

        public init(id: ResidentID, region: PoolingRegion) {
            self.id = id
            self.region = region
        }

        public init(_ person: InsuredPerson) {
            self.init(id: person.id, region: person.region)
        }
    }

    /// N26's ring-fenced 共济额度: set aside from the sharer's account while assigned.
    public struct Quota: Hashable, Sendable, Codable {
        public let assigned: Money
        public internal(set) var used: Money

        public init(assigned: Money, used: Money = .zero) {
            self.assigned = assigned
            self.used = used
        }

        public var unused: Money { assigned - used }
    }

    public let sharer: Side
    public let member: Side
    public let approvedOn: CivilDate
    /// The first day covered.
    public let start: CivilDate
    /// The last day covered, where the sharer chose one.
    public let end: CivilDate?
    public private(set) var state: RelationshipState
    public private(set) var quota: Quota?
    public private(set) var history: [RelationshipTransition]

    /// The relationship for a member approved on `approvedOn`.
    ///
    /// An open-ended period starts on the approval day. Chosen dates start on the chosen first
    /// day, or on the approval day if review ended after it (the sharer asked for the earliest
    /// day possible, not for nothing); a last day already past at approval is refused. The quota
    /// is required exactly where the profile uses quotas, and must be positive.
    public static func begin(
        sharer: InsuredPerson, member: InsuredPerson, period: SharingPeriod, approvedOn: CivilDate,
        quota: Money?, profile: PolicyProfile
    ) throws(LifecycleError) -> SharingRelationship {
        switch (profile.authorizationPeriod, period) {
        case (.openEnded, .chosen): throw .period(.datesNotOffered)
        case (.chosenDates, .openEnded): throw .period(.datesRequired)
        default: break
        }
        let start: CivilDate, end: CivilDate?
        switch period {
        case .openEnded:
            start = approvedOn
            end = nil
        case .chosen(let chosenStart, let chosenEnd):
            guard chosenEnd > chosenStart else { throw .period(.endNotAfterStart(start: chosenStart, end: chosenEnd)) }
            guard chosenEnd >= approvedOn else { throw .period(.endPassedBeforeApproval(end: chosenEnd, approvedOn: approvedOn)) }
            start = max(chosenStart, approvedOn)
            end = chosenEnd
        }
        let assigned: Quota?
        switch (profile.usesQuotas, quota) {
        case (true, nil): throw .quota(.required)
        case (false, .some): throw .quota(.notUsedByProfile)
        case (true, .some(let amount)):
            guard amount.isPositive else { throw .quota(.amountNotPositive(amount)) }
            assigned = Quota(assigned: amount)
        case (false, nil): assigned = nil
        }
        return SharingRelationship(
            sharer: Side(sharer), member: Side(member), approvedOn: approvedOn, start: start, end: end,
            state: start > approvedOn ? .scheduled : .active, quota: assigned, history: [])
    }

    /// The day of the last recorded change (the approval day before any).
    public var lastChange: CivilDate { history.last?.on ?? approvedOn }

    /// Applies `event` on `date` and records it; refused steps leave everything as it was.
    ///
    /// | from | event | to |
    /// | --- | --- | --- |
    /// | scheduled | activate (on or after the first day) | active |
    /// | scheduled, active | unbind by sharer | ended (unbound) |
    /// | scheduled, active | member leaves | ended (member left) |
    /// | scheduled, active | dissolve (with causes) | ended (dissolved) |
    /// | active | end date passed (after the last day) | ended (end date passed) |
    /// | active | use quota (within the unused part) | active |
    /// | active | refund quota (within the used part) | active |
    ///
    /// Every other pair is `.relationshipEventNotAllowed(stage, event)`; ending an ended
    /// relationship is one of them. Once the chosen last day has passed, an active relationship
    /// takes only the end-date event (`advance(to:)` applies it): no quota is used after the
    /// last day, and a later unbinding does not hide that the period simply ran out.
    @discardableResult
    public mutating func apply(_ event: RelationshipEvent, on date: CivilDate) throws(LifecycleError) -> RelationshipTransition {
        guard date >= lastChange else { throw .dateBeforeLastChange(last: lastChange, given: date) }
        if state == .active, let end, date > end, event != .endDatePassed {
            throw .lastDayPassed(end: end, on: date)
        }
        let before = state
        var next = self
        switch (state, event) {
        case (.scheduled, .activate):
            guard date >= start else { throw .notStartedYet(start: start, on: date) }
            next.state = .active
        case (.scheduled, .unbindBySharer), (.active, .unbindBySharer):
            next.markEnded(.unboundBySharer, on: date)
        case (.scheduled, .memberLeaves), (.active, .memberLeaves):
            next.markEnded(.memberLeft, on: date)
        case (.scheduled, .dissolve(let causes)), (.active, .dissolve(let causes)):
            guard !causes.isEmpty else { throw .nothingDissolves }
            next.markEnded(.dissolved(causes), on: date)
        case (.active, .endDatePassed):
            guard let end, date > end else { throw .endDateNotPassed(end: end, on: date) }
            next.markEnded(.endDatePassed, on: date)
        case (.active, .useQuota(let amount)):
            guard var quota else { throw .quota(.notUsedByProfile) }
            guard amount.isPositive else { throw .quota(.amountNotPositive(amount)) }
            guard amount <= quota.unused else { throw .quota(.exceedsUnused(asked: amount, unused: quota.unused)) }
            quota.used = quota.used + amount
            next.quota = quota
        case (.active, .refundQuota(let amount)):
            guard var quota else { throw .quota(.notUsedByProfile) }
            guard amount.isPositive else { throw .quota(.amountNotPositive(amount)) }
            guard amount <= quota.used else { throw .quota(.refundExceedsUsed(asked: amount, used: quota.used)) }
            quota.used = quota.used - amount
            next.quota = quota
        default:
            throw .relationshipEventNotAllowed(state.stage, event.kind)
        }
        let transition = RelationshipTransition(from: before, event: event, to: next.state, on: date)
        next.history.append(transition)
        self = next
        return transition
    }

    private mutating func markEnded(_ reason: RelationshipEndReason, on date: CivilDate) {
        state = .ended(RelationshipEnding(reason: reason, on: date, returnedQuota: quota?.unused))
    }

    /// Brings the relationship up to `date`: a scheduled one becomes active on its first day, an
    /// active one ends on the day after its last day, each step recorded on the day it took
    /// effect (not the day the kiosk noticed). Nothing happens to an ended one.
    @discardableResult
    public mutating func advance(to date: CivilDate) throws(LifecycleError) -> [RelationshipTransition] {
        guard date >= lastChange else { throw .dateBeforeLastChange(last: lastChange, given: date) }
        var next = self
        var steps: [RelationshipTransition] = []
        if next.state == .scheduled, date >= next.start {
            steps.append(try next.apply(.activate, on: next.start))
        }
        if next.state == .active, let end = next.end, date > end {
            steps.append(try next.apply(.endDatePassed, on: end.adding(days: 1)))
        }
        self = next
        return steps
    }

    /// Why the relationship must dissolve, given both sides' current registry facts: empty when
    /// it need not.
    ///
    /// DOMAIN.md (and N26) end a relationship when a side's insurance *ends or moves*:
    /// - the sharer no longer holds employee insurance (resident insurance or none has no
    ///   personal account to share from): insurance ended;
    /// - the member holds no basic medical insurance: insurance ended; a member who changes
    ///   between employee and resident insurance is still insured and stays;
    /// - a side whose insurance is still in force but in another pooling region than when the
    ///   relationship began: moved. (For a side whose insurance ended, the move is not listed
    ///   as well.) Every edition: when the account moves, the old region's relationships go with
    ///   the old account.
    ///
    /// Suspension (断缴) and freezing (冻结) do **not** dissolve: they are often temporary (a
    /// gap between jobs, paid up later), and users would not expect to set everything up again.
    /// While they last, settlement finds no money to move; eligibility refuses new members.
    public func dissolutionCauses(sharer sharerNow: InsuredPerson, member memberNow: InsuredPerson) throws(LifecycleError) -> [Dissolution] {
        guard sharerNow.id == sharer.id else { throw .registryFactsForAnotherPerson(.sharer) }
        guard memberNow.id == member.id else { throw .registryFactsForAnotherPerson(.member) }
        var causes: [Dissolution] = []
        for (side, then, now) in [(RelationshipSide.sharer, sharer, sharerNow), (.member, member, memberNow)] {
            let insuranceEnded = side == .sharer ? now.insurance != .employee : now.insurance == .none
            if insuranceEnded {
                causes.append(Dissolution(side: side, cause: .insuranceEnded))
            } else if now.region != then.region {
                causes.append(Dissolution(side: side, cause: .movedRegion(from: then.region, to: now.region)))
            }
        }
        return causes
    }

    /// Dissolves the relationship on `date` if the registry facts call for it; nil if they do not.
    @discardableResult
    public mutating func dissolveIfNeeded(sharer: InsuredPerson, member: InsuredPerson, on date: CivilDate) throws(LifecycleError) -> RelationshipTransition? {
        let causes = try dissolutionCauses(sharer: sharer, member: member)
        guard !causes.isEmpty else { return nil }
        return try apply(.dissolve(causes), on: date)
    }
}

/// One step of a relationship's history.
public struct RelationshipTransition: Hashable, Sendable, Codable {
    public let from: RelationshipState
    public let event: RelationshipEvent
    public let to: RelationshipState
    public let on: CivilDate

    public init(from: RelationshipState, event: RelationshipEvent, to: RelationshipState, on: CivilDate) {
        self.from = from
        self.event = event
        self.to = to
        self.on = on
    }

    /// The unused quota this step gives back to the sharer, if it ended a relationship under quotas.
    public var quotaReturned: Money? {
        if case .ended(let ending) = to, from.stage != .ended { ending.returnedQuota } else { nil }
    }
}
