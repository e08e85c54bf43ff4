import Testing
@testable import FamilyAid

/// DUPLICATE_MEMBER: once per application (the later entries are the duplicates), and not while
/// already a member or waiting in another application.
enum DuplicateMemberTable {
    static let sonAsBrother = Fixture.member(.near(.sibling, .birth), name: "张小明", born: "2000-06-01", sequence: "051")

    static let rows: [EligibilityRow] = [
        EligibilityRow("N24, son and wife", Profiles.n24, [Fixture.son, Fixture.wife], expect: [[], []]),
        EligibilityRow("N24, the son twice", Profiles.n24, [Fixture.son, Fixture.son],
                       expect: [[], [.duplicateMember(.earlierInApplication(firstIndex: 0))]]),
        EligibilityRow("N26, the son three times among others", Profiles.n26, [Fixture.wife, Fixture.son, Fixture.son, Fixture.father, Fixture.son],
                       expect: [[], [], [.duplicateMember(.earlierInApplication(firstIndex: 1))], [],
                                [.duplicateMember(.earlierInApplication(firstIndex: 1))]]),
        EligibilityRow("N24, the same number declared as son, then as brother", Profiles.n24, [Fixture.son, sonAsBrother],
                       expect: [[], [.duplicateMember(.earlierInApplication(firstIndex: 0))]]),
        EligibilityRow("N24, the son is already a member", Profiles.n24, Fixture.son,
                       existing: ExistingMembers(activeOrScheduled: [Fixture.son.idNumber]),
                       expect: [.duplicateMember(.alreadyMember)]),
        EligibilityRow("N21, the son waits in another application", Profiles.n21, Fixture.son,
                       existing: ExistingMembers(pending: [Fixture.son.idNumber]),
                       expect: [.duplicateMember(.pendingInAnotherApplication)]),
        EligibilityRow("N24, a former member may be added again", Profiles.n24, Fixture.son,
                       existing: ExistingMembers(ended: [Fixture.son.idNumber]), expect: []),
        EligibilityRow("N26, already a member, and twice in the application", Profiles.n26, [Fixture.son, Fixture.son],
                       existing: ExistingMembers(activeOrScheduled: [Fixture.son.idNumber]),
                       expect: [[.duplicateMember(.alreadyMember)], [.duplicateMember(.earlierInApplication(firstIndex: 0))]]),
    ]
}

@Suite("Eligibility: DUPLICATE_MEMBER")
struct DuplicateMemberTests {
    @Test(arguments: DuplicateMemberTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
