/// A proof to be supplied, as alternatives: any one set, complete, suffices.
public struct ProofRequirement: Hashable, Sendable {
    /// What the proof is for, as DOMAIN.md's matrix names the cases.
    public var proofCase: ProofCase
    /// The sets of documents any one of which proves it. Empty when the profile offers nothing
    /// that can apply (e.g. a region listing only the 出生医学证明 for a child born before 1996):
    /// such a requirement is always missing, and the clerk sees why.
    public var alternatives: [ProofSet]

    public init(_ proofCase: ProofCase, alternatives: [ProofSet]) {
        self.proofCase = proofCase
        self.alternatives = alternatives
    }

    /// Whether `attached` completes one of the alternatives. `registryCheck` is the bureau's own
    /// 户籍 check, run at review: nobody attaches it, so it never counts as missing.
    public func isSatisfied(by attached: Set<ProofKind>) -> Bool {
        alternatives.contains { $0.subtracting([.registryCheck]).isSubset(of: attached) }
    }
}

/// What a member's application needs besides the absence of violations: proofs and confirmations.
public struct MemberRequirements: Hashable, Sendable {
    /// In a fixed order: the tie, then insurance in another province, then 失能.
    public var proofs: [ProofRequirement]
    /// Everyone whose confirmation the application waits for before review; empty when none is
    /// needed beyond the sharer's own submission.
    public var confirmations: Set<ConfirmingParty>
    /// The member, aged 60 or older, may confirm later at any kiosk or counter (profile option).
    public var mayConfirmLaterAnywhere: Bool

    public init(proofs: [ProofRequirement] = [], confirmations: Set<ConfirmingParty> = [], mayConfirmLaterAnywhere: Bool = false) {
        self.proofs = proofs
        self.confirmations = confirmations
        self.mayConfirmLaterAnywhere = mayConfirmLaterAnywhere
    }

    /// `PROOF_MISSING` for every proof requirement that `attached` (the documents recorded for
    /// this member, readable ones only) does not satisfy; empty when all are met.
    public func missingProofs(attached: Set<ProofKind>) -> [Violation] {
        proofs.filter { !$0.isSatisfied(by: attached) }.map(Violation.proofMissing)
    }
}
