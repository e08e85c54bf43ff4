import FamilyAid

/// What applying a batch did.
public struct ImportOutcome: Equatable, Sendable {
    public var origin: String
    /// Events new to this store; none means the batch had been applied before and nothing changed.
    public var newEvents: Int
    public var applications: Int
    public var relationshipsBegun: Int
    public var relationshipsEnded: Int
    /// Text messages the origin had not sent, now in this store's outbox.
    public var messages: Int
    /// Members not applied as they came, now waiting in the review queue.
    public var conflicts: [ImportConflict]

    public var wasAlreadyImported: Bool { newEvents == 0 }
}

/// A member a batch could not apply as it came, and why.
public struct ImportConflict: Hashable, Sendable {
    public var number: String
    /// 0 for the first member.
    public var memberPosition: Int
    public var reasons: [ConflictReason]
}

/// Why an imported member waits for a person instead of being applied.
public enum ConflictReason: Hashable, Sendable {
    /// Binding now would break a rule: the pair bound meanwhile (`DUPLICATE_MEMBER`), another
    /// sharer where one is allowed (`ALREADY_SHARED`), the sharer's places full (`MEMBER_LIMIT`).
    case binding(ReasonCode)
    /// The origin and this office both acted on the member; this office's copy was kept.
    case decidedOnBothSides
    /// The relationship could not begin here for another reason (the registry, the account).
    case bindingRefused

    /// As stored in `import_conflict.reasons`.
    public var code: String {
        switch self {
        case .binding(let code): code.rawValue
        case .decidedOnBothSides: "DECIDED_ON_BOTH_SIDES"
        case .bindingRefused: "BINDING_REFUSED"
        }
    }

    public init?(code: String) {
        switch code {
        case "DECIDED_ON_BOTH_SIDES": self = .decidedOnBothSides
        case "BINDING_REFUSED": self = .bindingRefused
        default:
            guard let reason = ReasonCode(rawValue: code) else { return nil }
            self = .binding(reason)
        }
    }
}
