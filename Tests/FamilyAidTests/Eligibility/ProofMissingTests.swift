import Testing
@testable import FamilyAid

/// PROOF_MISSING: a requirement none of whose alternatives the attached proofs complete. The
/// bureau's registry check is never attached, so it never counts as missing.
struct MissingRow: Sendable, CustomTestStringConvertible {
    let label: String
    let requirements: [ProofRequirement]
    let attached: Set<ProofKind>
    let missing: [ProofRequirement]

    var testDescription: String { label }
}

enum ProofMissingTable {
    static let extended = ProofRequirement(
        .extendedFamily, alternatives: [[.commitmentLetter, .registryCheck], [.householdRegister], [.kinshipNotarization]])
    static let step = ProofRequirement(.parentOrChildStep, alternatives: [[.marriageCertificate, .householdRegister], [.kinshipNotarization]])
    static let otherProvince = ProofRequirement(.insuredInAnotherProvince, alternatives: [[.insuranceCertificate]])
    static let impossible = ProofRequirement(.parentOrChildByBirth, alternatives: [])

    static let rows: [MissingRow] = [
        MissingRow(label: "nothing required", requirements: [], attached: [], missing: []),
        MissingRow(label: "sibling, letter signed: the registry check is the bureau's", requirements: [extended],
                   attached: [.commitmentLetter], missing: []),
        MissingRow(label: "sibling, 户口簿", requirements: [extended], attached: [.householdRegister], missing: []),
        MissingRow(label: "sibling, nothing attached", requirements: [extended], attached: [], missing: [extended]),
        MissingRow(label: "step tie, 结婚证 alone is half a set", requirements: [step], attached: [.marriageCertificate], missing: [step]),
        MissingRow(label: "step tie, 结婚证 and 户口簿", requirements: [step],
                   attached: [.marriageCertificate, .householdRegister], missing: []),
        MissingRow(label: "tie proven, 参保证明 missing", requirements: [step, otherProvince],
                   attached: [.kinshipNotarization, .identityCard], missing: [otherProvince]),
        MissingRow(label: "both missing, in requirement order", requirements: [step, otherProvince], attached: [.birthCertificate],
                   missing: [step, otherProvince]),
        MissingRow(label: "no alternative can apply", requirements: [impossible],
                   attached: Set(ProofKind.allCases), missing: [impossible]),
    ]
}

@Suite("Eligibility: PROOF_MISSING")
struct ProofMissingTests {
    @Test(arguments: ProofMissingTable.rows)
    func row(_ row: MissingRow) {
        let requirements = MemberRequirements(proofs: row.requirements)
        #expect(requirements.missingProofs(attached: row.attached) == row.missing.map(Violation.proofMissing))
    }

    @Test("A verdict's requirements, then the documents a brother's sharer brought")
    func fromVerdict() throws {
        let verdict = try #require(Fixture.judge(Profiles.n24, [Fixture.brother]).first)
        #expect(verdict.isEligible)
        #expect(verdict.requirements.missingProofs(attached: []).map(\.code) == [.proofMissing])
        #expect(verdict.requirements.missingProofs(attached: [.kinshipNotarization]).isEmpty)
    }
}
