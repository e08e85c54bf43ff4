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
    /// Settlements, refunds and premiums made at the origin, now repeated on this store's accounts.
    public var paymentsApplied = 0
    /// Those that could not be repeated here, and why: their members wait in the review queue.
    public var paymentsRefused: [RefusedPayment] = []

    public var wasAlreadyImported: Bool { newEvents == 0 }
}

/// A payment a batch could not repeat here.
public struct RefusedPayment: Hashable, Sendable {
    /// What it is ("premium residentMedical 2027", "bill JS-1"), without a person's ID number.
    public var summary: String
    public var reason: ConflictReason
    /// The member flagged for it, when the money went through an application's relationship.
    public var flagged: ImportConflict?
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
    /// A payment the origin made is held here differently: the same premium paid here too, or
    /// another bill under its number. Nothing was paid twice.
    case paymentDiffers
    /// A refund the origin made of a bill this office never settled.
    case billNotHere
    /// An account or quota here cannot give what the origin's payment took: spent here
    /// meanwhile, or the relationship it went through not in force here.
    case accountShort

    /// As stored in `import_conflict.reasons`.
    public var code: String {
        switch self {
        case .binding(let code): code.rawValue
        case .decidedOnBothSides: "DECIDED_ON_BOTH_SIDES"
        case .bindingRefused: "BINDING_REFUSED"
        case .paymentDiffers: "PAYMENT_DIFFERS"
        case .billNotHere: "BILL_NOT_HERE"
        case .accountShort: "ACCOUNT_SHORT"
        }
    }

    public init?(code: String) {
        switch code {
        case "DECIDED_ON_BOTH_SIDES": self = .decidedOnBothSides
        case "BINDING_REFUSED": self = .bindingRefused
        case "PAYMENT_DIFFERS": self = .paymentDiffers
        case "BILL_NOT_HERE": self = .billNotHere
        case "ACCOUNT_SHORT": self = .accountShort
        default:
            guard let reason = ReasonCode(rawValue: code) else { return nil }
            self = .binding(reason)
        }
    }
}
