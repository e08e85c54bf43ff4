extension Eligibility {
    /// The proofs a member needs (DOMAIN.md, proof documents), from the profile's `ProofPolicy`.
    ///
    /// - The tie: the matrix's alternatives for its case (`ProofCase.proving`). A 出生医学证明
    ///   exists only for births from 1996, so between parent and child an alternative that needs
    ///   one is dropped when the child (the member for 子女, the sharer for 父母) was born earlier.
    ///   Under 承诺制 the signed commitment letter is the one proof of every tie.
    /// - Insured in another province: the 参保证明, where the edition asks (not N26, which
    ///   shares across provinces by design). Not a relationship proof, so 承诺制 keeps it; under
    ///   承诺制 its documents come from the national default matrix.
    /// - 失能: the medical certificate, only when the profile turns that option on and the
    ///   member is declared 失能.
    ///
    /// A case the profile's matrix does not list asks for nothing. A relation that is not a near
    /// relative asks for no tie proof: it is refused whatever is shown.
    enum ProofRule {
        /// The first year of the 出生医学证明.
        static let firstBirthCertificateYear = 1996

        static func requirements(
            _ member: ProposedMember, relative: NearRelative?, sharer: InsuredPerson, profile: PolicyProfile
        ) -> [ProofRequirement] {
            var proofs: [ProofRequirement] = []
            if let relative {
                let proofCase = ProofCase.proving(relative)
                switch profile.proofs {
                case .commitmentLetter:
                    proofs.append(ProofRequirement(proofCase, alternatives: [[.commitmentLetter]]))
                case .documents(let matrix):
                    if let sets = matrix[proofCase] {
                        let child = youngerSideBirthDate(relative, sharer: sharer.id, member: member.idNumber)
                        let usable = sets.filter { set in
                            !set.contains(.birthCertificate) || (child.map { $0.year >= firstBirthCertificateYear } ?? true)
                        }
                        proofs.append(ProofRequirement(proofCase, alternatives: usable))
                    }
                }
            }
            if profile.edition != .n26, let record = member.registryRecord, record.insurance != .none,
               record.region.provinceCode != sharer.region.provinceCode,
               let sets = nonTieMatrix(profile)[.insuredInAnotherProvince] {
                proofs.append(ProofRequirement(.insuredInAnotherProvince, alternatives: sets))
            }
            if profile.options.contains(.disabilityMedicalCertificate), member.declaredDisabled,
               let sets = nonTieMatrix(profile)[.disabledMember] {
                proofs.append(ProofRequirement(.disabledMember, alternatives: sets))
            }
            return proofs
        }

        /// The birth date of the child in a parent–child tie; nil for other categories.
        static func youngerSideBirthDate(_ relative: NearRelative, sharer: ResidentID, member: ResidentID) -> CivilDate? {
            switch relative.category {
            case .child: member.birthDate
            case .parent: sharer.birthDate
            default: nil
            }
        }

        /// Where the documents for proofs other than the tie come from.
        static func nonTieMatrix(_ profile: PolicyProfile) -> [ProofCase: [ProofSet]] {
            switch profile.proofs {
            case .documents(let matrix): matrix
            case .commitmentLetter: ProofMatrix.defaults
            }
        }
    }
}
