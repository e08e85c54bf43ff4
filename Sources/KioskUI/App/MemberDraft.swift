import FamilyAid

/// The members a sharer is adding in this session: the application draft, before proofs and
/// submission. It lives in `ResidentSession`, so it is dropped whole when the session ends.
public struct MemberDraft: Hashable, Sendable {
    /// The most members one draft holds at a kiosk, so the list and its two actions fit on one
    /// screen and each is chosen by one digit. More is a counter's work.
    public static let capacity = 7

    public var members: [DraftMember] = []
    /// The member being added or changed, step by step; nil between members. Kept when the
    /// resident goes back to the list, so an unfinished member is not lost.
    public var form: MemberForm?
    /// The sharer's current, pending and former members, from the store; nil until it answered.
    public var existing: ExistingMembers?
    /// The member whose verdict is on screen (index into `members`).
    public var selected = 0
    /// How far the verdict page is scrolled.
    public var verdictScroll = 0

    public init() {}

    public var isFull: Bool { members.count >= Self.capacity }
}

/// One complete member of the draft.
public struct DraftMember: Hashable, Sendable {
    /// The registry's facts about the member, as looked up by ID number.
    public var person: InsuredPerson
    public var relation: DeclaredRelation
    public var mobile: MobileNumber
    /// The parent or guardian who will confirm, as the registry knows them: named for a member
    /// under 16 who is not the sharer's own child; nil for everyone else.
    public var guardian: InsuredPerson?
    /// The name a counter clerk typed from the member's documents; nil at a kiosk.
    public var typedName: PersonName?

    public init(
        person: InsuredPerson, relation: DeclaredRelation, mobile: MobileNumber, guardian: InsuredPerson? = nil,
        typedName: PersonName? = nil
    ) {
        self.person = person
        self.relation = relation
        self.mobile = mobile
        self.guardian = guardian
        self.typedName = typedName
    }

    /// The member as the eligibility rules see them. At a kiosk nobody types a name, so the
    /// registry's own stands in and there is nothing to mismatch; at a counter the name typed
    /// from the documents is checked against it (INFO_MISMATCH).
    public var proposed: ProposedMember {
        ProposedMember(relation: relation, typedName: typedName ?? person.name, idNumber: person.id, registry: person)
    }
}

/// A member being added (or changed), one decision per screen: the ID number, the registry's
/// answer, the relationship, the kind of tie, the mobile number, and where a guardian must
/// confirm, the guardian.
public struct MemberForm: Hashable, Sendable {
    /// The position in the draft of the member being changed; nil for a new member.
    public var editing: Int?
    public var idNumber = TextField(capacity: 18)
    /// Whether Enter was pressed on the ID number since it last changed (then every problem is
    /// said, not only those already certain).
    public var idNumberSubmitted = false
    public var lookup: MemberLookup = .notAsked
    public var relation: RelationChoice?
    public var tie: TieChoice?
    public var mobile = TextField(capacity: 20)
    public var mobileNotice: MobileNotice?
    /// At a counter: the name as printed on the member's documents.
    public var typedName = TextField(capacity: 30)
    public var typedNameMissing = false
    public var guardian = GuardianForm()

    public init(editing: Int? = nil) {
        self.editing = editing
    }

    /// The form filled in from a member of the draft, to change it.
    public init(editing index: Int, member: DraftMember) {
        editing = index
        idNumber = TextField(member.person.id.number, capacity: 18)
        lookup = .known(member.person)
        mobile = TextField(member.mobile.digits, capacity: 20)
        typedName = TextField(member.typedName?.text ?? "", capacity: 30)
        if let guardian = member.guardian { self.guardian = GuardianForm(known: guardian) }
        switch member.relation {
        case .near(let category, let tie):
            relation = .category(category)
            self.tie = category.admitsTieKinds ? TieChoice(tie) : nil
        case .stepWithoutMaintenance(let category):
            relation = .category(category)
            tie = .stepWithoutMaintenance
        case .inLaw:
            relation = .spousesParent
        case .other:
            relation = .other
        }
    }

    /// The relation declared by the choices made so far; nil while a choice is missing.
    public var declaredRelation: DeclaredRelation? {
        relation.flatMap { $0.declared(tie: tie) }
    }
}

/// Why the mobile-number screen asks again.
public enum MobileNotice: Hashable, Sendable {
    case empty
    case invalid
    /// A character that has no place in a telephone number was typed (and not taken).
    case digitsOnly
}

/// What the registry said about the ID number typed.
public enum MemberLookup: Hashable, Sendable {
    case notAsked
    /// Asked; the answer has not come yet.
    case pending(ResidentID)
    case known(InsuredPerson)
    /// The registry has nobody with this number: such a person cannot be added at a kiosk.
    case unknown(ResidentID)
    /// The store could not answer; the resident may try again.
    case failed

    public var person: InsuredPerson? {
        if case .known(let person) = self { return person }
        return nil
    }
}

/// An entry of the relationship list: "this person is my …".
public enum RelationChoice: Hashable, Sendable {
    case category(KinshipCategory)
    /// 配偶的父母 (公婆, 岳父母): offered so a resident who means them hears why not.
    case spousesParent
    /// Anyone else: an uncle, a cousin, a friend.
    case other

    /// The list for an edition: its categories in the civil code's order, then the two choices
    /// that are not near relatives.
    public static func list(for edition: PolicyEdition) -> [RelationChoice] {
        KinshipCategory.allCases.filter(edition.allowedCategories.contains).map(RelationChoice.category)
            + [.spousesParent, .other]
    }

    /// The relation as declared, given the kind of tie where one is asked (nil until it is).
    public func declared(tie: TieChoice?) -> DeclaredRelation? {
        switch self {
        case .spousesParent: .inLaw(.spousesParent)
        case .other: .other
        case .category(.spouse): .near(.spouse, .marriage)
        case .category(let category):
            switch tie {
            case nil: nil
            case .birth: .near(category, .birth)
            case .adoptive: .near(category, .adoptive)
            case .stepWithMaintenance: .near(category, .stepWithMaintenance)
            case .stepWithoutMaintenance: .stepWithoutMaintenance(category)
            }
        }
    }

    /// The choice that declares `relation`, and its tie.
    public init(_ relation: DeclaredRelation) {
        switch relation {
        case .near(let category, _), .stepWithoutMaintenance(let category): self = .category(category)
        case .inLaw: self = .spousesParent
        case .other: self = .other
        }
    }

    /// Whether the kind of tie is asked next.
    public var asksTie: Bool {
        if case .category(let category) = self { return category.admitsTieKinds }
        return false
    }
}

/// The kind of tie, as the resident chooses it: the three the civil code counts, and the step
/// tie without maintenance, which it does not (so the resident hears why).
public enum TieChoice: String, Hashable, Sendable, CaseIterable {
    case birth
    case adoptive
    case stepWithMaintenance
    case stepWithoutMaintenance

    init?(_ tie: KinshipTie) {
        switch tie {
        case .birth: self = .birth
        case .adoptive: self = .adoptive
        case .stepWithMaintenance: self = .stepWithMaintenance
        case .marriage: return nil
        }
    }
}
