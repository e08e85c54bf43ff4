/// Where a sharing relationship (共济关系) stands (DOMAIN.md, "Lifecycle of a relationship"):
/// `scheduled` (the first day is ahead) → `active` → `ended`, with why.
public enum RelationshipState: Hashable, Sendable, Codable {
    case scheduled
    case active
    case ended(RelationshipEnding)

    public var stage: RelationshipStage {
        switch self {
        case .scheduled: .scheduled
        case .active: .active
        case .ended: .ended
        }
    }
}

/// The relationship's state without its details.
public enum RelationshipStage: String, Sendable, Codable, CaseIterable {
    case scheduled, active, ended
}

/// How a relationship ended: why, on which day, and the unused quota that goes back to the sharer.
public struct RelationshipEnding: Hashable, Sendable, Codable {
    public let reason: RelationshipEndReason
    /// The first day the relationship no longer covers.
    public let on: CivilDate
    /// Under quotas (N26), what was assigned and not used: the money side books it back to the
    /// sharer's account. Nil where the profile uses no quotas.
    public let returnedQuota: Money?

    public init(reason: RelationshipEndReason, on: CivilDate, returnedQuota: Money?) {
        self.reason = reason
        self.on = on
        self.returnedQuota = returnedQuota
    }
}

/// Why a relationship ended.
public enum RelationshipEndReason: Hashable, Sendable, Codable {
    /// The sharer unbound the member (解绑/移除).
    case unboundBySharer
    /// The member left (退出).
    case memberLeft
    /// The chosen last day passed.
    case endDatePassed
    /// Dissolved automatically: a side's insurance ended or moved to another pooling region.
    /// Every cause found is listed, the sharer's first.
    case dissolved([Dissolution])
}

/// The two people a relationship binds.
public enum RelationshipSide: String, Sendable, Codable, CaseIterable {
    case sharer, member
}

/// One reason a relationship dissolves on its own.
public struct Dissolution: Hashable, Sendable, Codable {
    public let side: RelationshipSide
    public let cause: DissolutionCause

    public init(side: RelationshipSide, cause: DissolutionCause) {
        self.side = side
        self.cause = cause
    }
}

/// What happened to a side's insurance.
public enum DissolutionCause: Hashable, Sendable, Codable {
    /// The insurance that the relationship rests on ended: the sharer no longer holds employee
    /// insurance (no personal account to share), or the member holds no basic medical insurance.
    case insuranceEnded
    /// The insurance moved (转移接续) from the pooling region it was in when the relationship
    /// began to another.
    case movedRegion(from: PoolingRegion, to: PoolingRegion)
}
