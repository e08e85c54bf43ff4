/// One reason a member cannot be added, with the values that caused it, so a screen or a clerk
/// can say exactly what is wrong ("your mother's registry date of birth is after yours") and the
/// central office can check the decision. `code` is the DOMAIN.md reason code it is filed under.
public enum Violation: Hashable, Sendable {
    /// `NOT_INSURED`.
    case notInsured(NotInsuredReason)
    /// `INFO_MISMATCH`: the number is in the registry, under another name. The registry's name
    /// is personal data of the member: screens show it masked.
    case infoMismatch(typed: PersonName, registry: PersonName)
    /// `OUT_OF_AREA`: where the member is insured, where the sharer is, and the area the
    /// edition allows around the sharer.
    case outOfArea(memberRegion: PoolingRegion, sharerRegion: PoolingRegion, allowed: InsuranceArea)
    /// `RELATION_NOT_ALLOWED`.
    case relationNotAllowed(RelationRefusal)
    /// `ALREADY_SHARED`: in a one-sharer region, how many other sharers the member has now
    /// (a count only: who they are is none of this sharer's business).
    case alreadyShared(otherSharers: Int)
    /// `MEMBER_LIMIT`.
    case memberLimit(MemberLimitBreach)
    /// `SHARER_INELIGIBLE`: every member of the application carries it.
    case sharerIneligible(SharerIneligibility)
    /// `PROOF_MISSING`: a requirement none of whose alternatives is complete.
    case proofMissing(ProofRequirement)
    /// `RELATION_IMPLAUSIBLE`.
    case relationImplausible(ImplausibleRelation)
    /// `DUPLICATE_MEMBER`.
    case duplicateMember(Duplication)
    /// `SELF_BINDING`: the member's ID number is the sharer's.
    case selfBinding

    public var code: ReasonCode {
        switch self {
        case .notInsured: .notInsured
        case .infoMismatch: .infoMismatch
        case .outOfArea: .outOfArea
        case .relationNotAllowed: .relationNotAllowed
        case .alreadyShared: .alreadyShared
        case .memberLimit: .memberLimit
        case .sharerIneligible: .sharerIneligible
        case .proofMissing: .proofMissing
        case .relationImplausible: .relationImplausible
        case .duplicateMember: .duplicateMember
        case .selfBinding: .selfBinding
        }
    }
}

/// Why a member counts as not insured.
public enum NotInsuredReason: Hashable, Sendable {
    /// The registry has no person with the number typed.
    case noRegistryRecord
    /// In the registry, with no basic medical insurance.
    case noInsurance
    /// Insured, but the insurance is not in force: 断缴 (suspended) or 冻结 (frozen).
    case notInForce(InsuranceStatus)
}

/// Why a declared relation is refused.
public enum RelationRefusal: Hashable, Sendable {
    /// Not a near relative under any edition (民法典 Art. 1045): an in-law, a step relative
    /// without maintenance, anyone else, or a tie that cannot belong to the category.
    case notANearRelative(NotANearRelative)
    /// A near relative, but of a category the edition does not admit (a sibling under N21).
    case categoryNotInEdition(KinshipCategory, PolicyEdition)
}

/// A member limit the member would exceed.
public struct MemberLimitBreach: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// Members at the same time: active, scheduled and pending.
        case atOnce
        /// Members ever bound (Hunan: 20).
        case lifetime
    }

    public var kind: Kind
    /// The profile's limit.
    public var limit: Int
    /// The count with this member included: always more than `limit`.
    public var count: Int

    public init(kind: Kind, limit: Int, count: Int) {
        self.kind = kind
        self.limit = limit
        self.count = count
    }
}

/// Ages that do not fit the stated relation, with both birth dates (from the ID numbers) and
/// what the relation would need.
public struct ImplausibleRelation: Hashable, Sendable {
    public var category: KinshipCategory
    public var sharerBorn: CivilDate
    public var memberBorn: CivilDate
    public var expected: Expectation

    public init(category: KinshipCategory, sharerBorn: CivilDate, memberBorn: CivilDate, expected: Expectation) {
        self.category = category
        self.sharerBorn = sharerBorn
        self.memberBorn = memberBorn
        self.expected = expected
    }

    public enum Expectation: Hashable, Sendable {
        /// The member born more than `years` years before the sharer (0: simply earlier).
        case memberOlder(byMoreThanYears: Int)
        /// The member born more than `years` years after the sharer (0: simply later).
        case memberYounger(byMoreThanYears: Int)
        /// Both spouses at least of legal marriage age today (民法典 Art. 1047), each minimum
        /// by that person's sex.
        case bothOfMarriageAge(sharerMinimum: Int, memberMinimum: Int)
    }
}

/// How a member is already there.
public enum Duplication: Hashable, Sendable {
    /// Earlier in this same application, at `firstIndex` (0-based, application order).
    case earlierInApplication(firstIndex: Int)
    /// Already a member of this sharer: the relationship is active or scheduled.
    case alreadyMember
    /// In another of this sharer's applications that is still undecided.
    case pendingInAnotherApplication
}
