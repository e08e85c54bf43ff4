/// Something that happens to a sharing relationship. As with members, events are values driving
/// one transition function (`SharingRelationship.apply(_:on:)`).
public enum RelationshipEvent: Hashable, Sendable, Codable {
    /// The first day has come.
    case activate
    /// The sharer unbinds the member (解绑/移除); allowed before the first day too.
    case unbindBySharer
    /// The member leaves (退出); allowed before the first day too.
    case memberLeaves
    /// The day after the chosen last day has come.
    case endDatePassed
    /// A side's insurance ended or moved (see `SharingRelationship.dissolutionCauses`).
    case dissolve([Dissolution])
    /// Part of the quota paid for the member (settlement books the money; this keeps the count).
    case useQuota(Money)
    /// A refund of a payment made from the quota: the quota is restored by that much.
    case refundQuota(Money)

    public var kind: RelationshipEventKind {
        switch self {
        case .activate: .activate
        case .unbindBySharer: .unbindBySharer
        case .memberLeaves: .memberLeaves
        case .endDatePassed: .endDatePassed
        case .dissolve: .dissolve
        case .useQuota: .useQuota
        case .refundQuota: .refundQuota
        }
    }
}

/// The event without its details: what errors and tables name.
public enum RelationshipEventKind: String, Sendable, Codable, CaseIterable {
    case activate, unbindBySharer, memberLeaves, endDatePassed, dissolve, useQuota, refundQuota
}
