import FamilyAid

/// A rejected member being corrected at the kiosk before being sent again: the relation, where
/// the rejection questioned it, and the proofs for the relation as it now stands. Dropped when it
/// is sent, abandoned, or the session ends.
public struct MemberRevision: Hashable, Sendable {
    public var number: ApplicationNumber
    public var member: Int
    /// The member as the application holds them now.
    public var original: MemberDetails
    /// The rejection questioned the relation: it is chosen again.
    public var asksRelation: Bool
    public var relation: RelationChoice?
    public var tie: TieChoice?
    /// The engine's verdict on the corrected member, from the store's facts; nil until it came.
    public var verdict: MemberVerdict?
    /// The verdict has been asked for and not yet answered.
    public var judging = false
    /// The store could not judge the corrected member.
    public var judgingFailed = false
    public var proofs = ProofDraft()

    public init(number: ApplicationNumber, member: Int, original: MemberDetails, asksRelation: Bool) {
        self.number = number
        self.member = member
        self.original = original
        self.asksRelation = asksRelation
        if asksRelation {
            relation = RelationChoice(original.relation)
            if case .near(_, let kind) = original.relation { tie = TieChoice(kind) }
            if case .stepWithoutMaintenance = original.relation { tie = .stepWithoutMaintenance }
        }
    }

    /// The member with the corrections made so far.
    public var details: MemberDetails {
        var details = original
        if asksRelation, let declared = relation?.declared(tie: tie) { details.relation = declared }
        return details
    }
}

/// What the store needs to record a correction: the corrected details and the proofs that now
/// stand for the member (they replace the earlier ones).
public struct MemberCorrection: Hashable, Sendable {
    public var number: ApplicationNumber
    public var member: Int
    public var details: MemberDetails
    public var proofs: [SubmittedProof]

    public init(number: ApplicationNumber, member: Int, details: MemberDetails, proofs: [SubmittedProof]) {
        self.number = number
        self.member = member
        self.details = details
        self.proofs = proofs
    }
}
