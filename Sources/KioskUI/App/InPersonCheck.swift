import FamilyAid

/// At a counter, the resident's identity as the clerk checks it with the documents in hand: the
/// name as printed on the ID card, and the clerk's tick that the original was checked against
/// the person. It stands in for the PIN, so it is kept only until the store has answered.
public struct InPersonCheck: Hashable, Sendable {
    public var name = TextField(capacity: 30)
    /// 原件已核验: the clerk has the original ID document and it is this person's.
    public var originalChecked = false
    public var notice: InPersonNotice?
    /// The name has gone to the store; its answer has not come yet.
    public var checking = false

    public init() {}
}

/// Why the in-person check asks again.
public enum InPersonNotice: Hashable, Sendable {
    case nameMissing
    case originalNotChecked
    /// The registry holds the number under another name (INFO_MISMATCH).
    case nameMismatch
    /// The registry has nobody with this number: nothing can be done for them here.
    case notInRegistry
    case serviceUnavailable
}

/// The store's answer to an in-person check.
public enum InPersonOutcome: Hashable, Sendable {
    case verified(InsuredPerson)
    case nameMismatch
    case notInRegistry
}
