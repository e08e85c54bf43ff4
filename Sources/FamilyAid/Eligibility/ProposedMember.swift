/// One person the sharer proposes to add, as the application holds them when the rules look at it:
/// what the sharer stated, what was typed, and what the registry says.
public struct ProposedMember: Hashable, Sendable {
    /// What the sharer says the member is to them.
    public var relation: DeclaredRelation
    /// The name as typed (by the sharer, or by a clerk at a counter).
    public var typedName: PersonName
    /// The ID number as typed, already parsed (a number that fails GB 11643 never gets this far).
    public var idNumber: ResidentID
    /// The registry's facts about the person with `idNumber`; nil when the registry has none.
    public var registry: InsuredPerson?
    /// Everyone the registry says shares with this member now (active or scheduled), the
    /// proposing sharer included if they already do. Used for the one-sharer rule.
    public var currentSharers: Set<ResidentID>
    /// Declared 失能 (unable to look after themselves), where a profile turns on the medical
    /// certificate option; ignored otherwise.
    public var declaredDisabled: Bool

    public init(
        relation: DeclaredRelation, typedName: PersonName, idNumber: ResidentID, registry: InsuredPerson?,
        currentSharers: Set<ResidentID> = [], declaredDisabled: Bool = false
    ) {
        self.relation = relation
        self.typedName = typedName
        self.idNumber = idNumber
        self.registry = registry
        self.currentSharers = currentSharers
        self.declaredDisabled = declaredDisabled
    }

    /// The registry record, if it is the record of the number typed. The registry is looked up by
    /// ID number, so a record for another number means the lookup found nobody for this one: it
    /// is treated as no record (`NOT_INSURED`), never as a name mismatch. `INFO_MISMATCH` is kept
    /// for a number the registry knows under another name.
    public var registryRecord: InsuredPerson? {
        guard let registry, registry.id == idNumber else { return nil }
        return registry
    }
}
