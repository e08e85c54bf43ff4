import FamilyAid

/// The parent or guardian named to confirm for a member under 16 who is not the sharer's own
/// child, as the member's own number is: typed, checked while typed, looked up in the registry,
/// then confirmed by the masked name. Part of the member's form, so going back keeps it.
public struct GuardianForm: Hashable, Sendable {
    public var idNumber = TextField(capacity: 18)
    /// Whether Enter was pressed on the number since it last changed.
    public var submitted = false
    public var lookup: MemberLookup = .notAsked
    /// Why the number entered cannot be the guardian: said under the field until it changes.
    public var refusal: GuardianRefusal?

    public init() {}

    /// The form for a guardian already named, to check or change.
    public init(known person: InsuredPerson) {
        idNumber = TextField(person.id.number, capacity: 18)
        lookup = .known(person)
    }
}
