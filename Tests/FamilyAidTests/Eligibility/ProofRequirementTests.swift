import Testing
@testable import FamilyAid

/// Proof requirements: the profile's matrix for the tie (出生医学证明 only for a child born 1996
/// or later), the commitment letter under 承诺制, the 参保证明 for another province where the
/// edition asks (not N26), the 失能 certificate where the option is on.
struct ProofRow: Sendable, CustomTestStringConvertible {
    let label: String
    let profile: PolicyProfile
    var sharer: InsuredPerson = Fixture.sharer
    let member: ProposedMember
    let expected: [ProofRequirement]

    var testDescription: String { "\(profile.id): \(label)" }
}

enum ProofRequirementTable {
    static let spouseDocuments = ProofRequirement(.spouse, alternatives: [[.marriageCertificate], [.householdRegister]])
    static let birthTieWithCertificate = ProofRequirement(
        .parentOrChildByBirth, alternatives: [[.householdRegister], [.birthCertificate], [.kinshipNotarization]])
    static let birthTieWithoutCertificate = ProofRequirement(
        .parentOrChildByBirth, alternatives: [[.householdRegister], [.kinshipNotarization]])
    static let otherProvince = ProofRequirement(.insuredInAnotherProvince, alternatives: [[.insuranceCertificate]])

    static func letter(_ proofCase: ProofCase) -> ProofRequirement {
        ProofRequirement(proofCase, alternatives: [[.commitmentLetter]])
    }

    static func son(born: String, region: String = "110101", disabled: Bool = false) -> ProposedMember {
        Fixture.member(.near(.child, .birth), name: "张小明", born: born, region: region, disabled: disabled)
    }

    static let rows: [ProofRow] = [
        ProofRow(label: "spouse", profile: Profiles.n24, member: Fixture.wife, expected: [spouseDocuments]),
        ProofRow(label: "son born 2000: birth certificate possible", profile: Profiles.n24, member: son(born: "2000-06-01"),
                 expected: [birthTieWithCertificate]),
        ProofRow(label: "son born 1996-01-01: the first year", profile: Profiles.n21, member: son(born: "1996-01-01"),
                 expected: [birthTieWithCertificate]),
        ProofRow(label: "son born 1995-12-31: no birth certificate", profile: Profiles.n24, member: son(born: "1995-12-31"),
                 expected: [birthTieWithoutCertificate]),
        ProofRow(label: "father of a sharer born 1970: no birth certificate", profile: Profiles.n26, member: Fixture.father,
                 expected: [birthTieWithoutCertificate]),
        ProofRow(label: "father of a sharer born 1998: the sharer's birth certificate", profile: Profiles.n26,
                 sharer: People.person("张青", born: "1998-03-03", sequence: "015"), member: Fixture.father,
                 expected: [birthTieWithCertificate]),
        ProofRow(label: "adopted daughter", profile: Profiles.n24,
                 member: Fixture.member(.near(.child, .adoptive), born: "2010-01-01"),
                 expected: [ProofRequirement(.parentOrChildAdoptive, alternatives: [[.adoptionCertificate], [.kinshipNotarization]])]),
        ProofRow(label: "stepmother with maintenance", profile: Profiles.n24,
                 member: Fixture.member(.near(.parent, .stepWithMaintenance), born: "1950-01-01"),
                 expected: [ProofRequirement(.parentOrChildStep,
                                             alternatives: [[.marriageCertificate, .householdRegister], [.kinshipNotarization]])]),
        ProofRow(label: "brother", profile: Profiles.n24, member: Fixture.brother,
                 expected: [ProofRequirement(.extendedFamily,
                                             alternatives: [[.commitmentLetter, .registryCheck], [.householdRegister], [.kinshipNotarization]])]),
        ProofRow(label: "承诺制, spouse", profile: Profiles.commitment, member: Fixture.wife, expected: [letter(.spouse)]),
        ProofRow(label: "承诺制, son born 2000", profile: Profiles.commitment, member: son(born: "2000-06-01"),
                 expected: [letter(.parentOrChildByBirth)]),
        ProofRow(label: "承诺制, son in another province: N26 asks no certificate", profile: Profiles.commitment,
                 member: son(born: "2000-06-01", region: "310101"), expected: [letter(.parentOrChildByBirth)]),
        ProofRow(label: "承诺制 under N24, son in another province: the certificate stays", profile: Profiles.commitmentN24,
                 member: son(born: "2000-06-01", region: "310101"), expected: [letter(.parentOrChildByBirth), otherProvince]),
        ProofRow(label: "son in another province", profile: Profiles.n24, member: son(born: "2000-06-01", region: "310101"),
                 expected: [birthTieWithCertificate, otherProvince]),
        ProofRow(label: "son in another province", profile: Profiles.n26, member: son(born: "2000-06-01", region: "310101"),
                 expected: [birthTieWithCertificate]),
        ProofRow(label: "son in another region of the province", profile: Profiles.n21, member: son(born: "2000-06-01", region: "110102"),
                 expected: [birthTieWithCertificate]),
        ProofRow(label: "in-law: no tie to prove", profile: Profiles.n24, member: Fixture.member(.inLaw(.spousesParent), born: "1950-01-01"),
                 expected: []),
        ProofRow(label: "only a birth certificate offered, son born 1990: nothing can apply", profile: Profiles.birthCertificateOnly,
                 member: son(born: "1990-06-01"), expected: [ProofRequirement(.parentOrChildByBirth, alternatives: [])]),
        ProofRow(label: "only a birth certificate offered, son born 2000", profile: Profiles.birthCertificateOnly,
                 member: son(born: "2000-06-01"), expected: [ProofRequirement(.parentOrChildByBirth, alternatives: [[.birthCertificate]])]),
        ProofRow(label: "失能 son, option on", profile: Profiles.elderAndDisabled, member: son(born: "2000-06-01", disabled: true),
                 expected: [birthTieWithCertificate, ProofRequirement(.disabledMember, alternatives: [[.disabilityCertificate]])]),
        ProofRow(label: "失能 son, option off", profile: Profiles.n26, member: son(born: "2000-06-01", disabled: true),
                 expected: [birthTieWithCertificate]),
    ]
}

@Suite("Eligibility: proof requirements")
struct ProofRequirementTests {
    @Test(arguments: ProofRequirementTable.rows)
    func row(_ row: ProofRow) {
        let verdict = Fixture.judge(row.profile, [row.member], sharer: row.sharer)
        #expect(verdict.map(\.requirements.proofs) == [row.expected])
    }
}

extension ProofRequirementTests {
    @Test("Requirements alone, before submitting, are the verdict's", arguments: ProofRequirementTable.rows)
    func requirementsAlone(_ row: ProofRow) {
        let alone = Eligibility.requirements(for: row.member, sharer: row.sharer, profile: row.profile, today: People.today)
        #expect(alone.proofs == row.expected)
        #expect([alone] == Fixture.judge(row.profile, [row.member], sharer: row.sharer).map(\.requirements))
    }
}
