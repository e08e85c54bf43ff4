import FamilyAid

/// 我的共济关系: the signed-in resident's relationships in force, as sharer and as member, and
/// where an unbinding or leaving stands. Part of the session, so it goes with it.
public struct SharingOverview: Hashable, Sendable {
    /// Nil until the store has answered.
    public var entries: [SharingEntry]?
    public var selected = 0
    /// The page of the list shown, eight to a page.
    public var page = 0
    public var ending: SharingEnding?
    /// The store could not be read; the list says so.
    public var loadFailed = false

    public init() {}

    public var selectedEntry: SharingEntry? {
        guard let entries, entries.indices.contains(selected) else { return nil }
        return entries[selected]
    }
}

/// One relationship as the resident sees it: their own side in it, and the other person.
public struct SharingEntry: Hashable, Sendable {
    public var id: Int64
    /// The resident's side: `.sharer` (my account pays for them) or `.member` (theirs pays for me).
    public var side: RelationshipSide
    public var relationship: SharingRelationship
    public var uses: Set<SharedUse>
    /// The other person's name as the registry has it; nil when it has none.
    public var otherName: PersonName?
    /// The other person's insurance as the registry has it: a member in resident insurance may
    /// have the contribution paid (家庭共济缴费).
    public var otherInsurance: InsuranceKind?

    public init(
        id: Int64, side: RelationshipSide, relationship: SharingRelationship, uses: Set<SharedUse>, otherName: PersonName?,
        otherInsurance: InsuranceKind? = nil
    ) {
        self.id = id
        self.side = side
        self.relationship = relationship
        self.uses = uses
        self.otherName = otherName
        self.otherInsurance = otherInsurance
    }

    public var other: ResidentID { side == .sharer ? relationship.member.id : relationship.sharer.id }

    /// "王*明", or the masked ID number when the name is unknown.
    public var otherLabel: String { otherName?.masked ?? other.masked }
}

/// An unbinding or leaving asked of the store, and its answer.
public enum SharingEnding: Hashable, Sendable {
    case pending(id: Int64)
    /// Done; the unused quota that went back to the sharer's account (nil without quotas).
    case ended(id: Int64, quotaReturned: Money?)
    case failed(id: Int64)
}
