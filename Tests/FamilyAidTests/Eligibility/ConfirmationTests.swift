import Testing
@testable import FamilyAid

/// Who confirms: 16 and older themselves; a younger member a guardian, unless the sharer's own
/// child; the spouse under the Jiangsu option; the sharer too under N26; 60+ may confirm later
/// where the option is on. Today is 2026-11-23.
struct ConfirmationRow: Sendable, CustomTestStringConvertible {
    let label: String
    let profile: PolicyProfile
    let member: ProposedMember
    let parties: Set<ConfirmingParty>
    var later = false

    var testDescription: String { "\(profile.id): \(label)" }
}

enum ConfirmationTable {
    static func child(_ tie: KinshipTie = .birth, born: String) -> ProposedMember {
        Fixture.member(.near(.child, tie), name: "张小", born: born)
    }

    static func parent(born: String) -> ProposedMember {
        Fixture.member(.near(.parent, .birth), name: "张父", born: born, sequence: "031")
    }

    static let rows: [ConfirmationRow] = [
        ConfirmationRow(label: "adult son", profile: Profiles.n24, member: Fixture.son, parties: [.member]),
        ConfirmationRow(label: "son turning 16 today", profile: Profiles.n24, member: child(born: "2010-11-23"), parties: [.member]),
        ConfirmationRow(label: "own son of 15", profile: Profiles.n24, member: child(born: "2010-11-24"), parties: []),
        ConfirmationRow(label: "own adopted son of 10", profile: Profiles.n21, member: child(.adoptive, born: "2016-01-01"), parties: []),
        ConfirmationRow(label: "own stepson of 10", profile: Profiles.n24, member: child(.stepWithMaintenance, born: "2016-01-01"), parties: []),
        ConfirmationRow(label: "grandson of 4", profile: Profiles.n24, member: Fixture.grandson, parties: [.guardian]),
        ConfirmationRow(label: "brother of 10", profile: Profiles.n24,
                        member: Fixture.member(.near(.sibling, .birth), born: "2016-01-01"), parties: [.guardian]),
        ConfirmationRow(label: "own son of 11, profile wants a guardian", profile: Profiles.guardianForOwnChild,
                        member: Fixture.minorSon, parties: [.guardian]),
        ConfirmationRow(label: "adult son, both sides consent", profile: Profiles.n26, member: Fixture.son, parties: [.member, .sharer]),
        ConfirmationRow(label: "own son of 11, both sides consent", profile: Profiles.n26, member: Fixture.minorSon, parties: [.sharer]),
        ConfirmationRow(label: "grandson of 4, both sides consent", profile: Profiles.n26, member: Fixture.grandson, parties: [.guardian, .sharer]),
        ConfirmationRow(label: "wife, Jiangsu-like", profile: Profiles.jiangsuLike, member: Fixture.wife, parties: [.sharersSpouse]),
        ConfirmationRow(label: "adult son, Jiangsu-like", profile: Profiles.jiangsuLike, member: Fixture.son, parties: [.member]),
        ConfirmationRow(label: "wife, spouse option", profile: Profiles.spouseOption, member: Fixture.wife, parties: [.sharersSpouse, .sharer]),
        ConfirmationRow(label: "wife, no option", profile: Profiles.n24, member: Fixture.wife, parties: [.member]),
        ConfirmationRow(label: "father of 81, option on", profile: Profiles.elderAndDisabled, member: Fixture.father,
                        parties: [.member, .sharer], later: true),
        ConfirmationRow(label: "parent turning 60 today, option on", profile: Profiles.elderAndDisabled, member: parent(born: "1966-11-23"),
                        parties: [.member, .sharer], later: true),
        ConfirmationRow(label: "parent of 59, option on", profile: Profiles.elderAndDisabled, member: parent(born: "1966-11-24"),
                        parties: [.member, .sharer]),
        ConfirmationRow(label: "father of 81, option off", profile: Profiles.n26, member: Fixture.father, parties: [.member, .sharer]),
    ]
}

@Suite("Eligibility: who confirms")
struct ConfirmationTests {
    @Test(arguments: ConfirmationTable.rows)
    func row(_ row: ConfirmationRow) {
        let requirements = Fixture.judge(row.profile, [row.member]).map(\.requirements)
        #expect(requirements.map(\.confirmations) == [row.parties])
        #expect(requirements.map(\.mayConfirmLaterAnywhere) == [row.later])
    }
}
