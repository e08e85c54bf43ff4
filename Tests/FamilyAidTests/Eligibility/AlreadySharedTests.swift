import Testing
@testable import FamilyAid

/// ALREADY_SHARED: in a one-sharer profile, a member who already has another sharer.
enum AlreadySharedTable {
    static func son(sharers: Set<ResidentID>) -> ProposedMember {
        var son = Fixture.son
        son.currentSharers = sharers
        return son
    }

    static let rows: [EligibilityRow] = [
        EligibilityRow("one-sharer, the mother already shares", Profiles.oneSharer, son(sharers: [Fixture.otherSharer]),
                       expect: [.alreadyShared(otherSharers: 1)]),
        EligibilityRow("one-sharer, two others already share", Profiles.oneSharer,
                       son(sharers: [Fixture.otherSharer, Fixture.anotherSharer]),
                       expect: [.alreadyShared(otherSharers: 2)]),
        EligibilityRow("one-sharer, nobody shares yet", Profiles.oneSharer, son(sharers: []), expect: []),
        EligibilityRow("one-sharer, this sharer already does: a duplicate, not ALREADY_SHARED", Profiles.oneSharer,
                       son(sharers: [Fixture.sharer.id]),
                       existing: ExistingMembers(activeOrScheduled: [Fixture.son.idNumber]),
                       expect: [.duplicateMember(.alreadyMember)]),
        EligibilityRow("N24 default allows many sharers", Profiles.n24, son(sharers: [Fixture.otherSharer]), expect: []),
        EligibilityRow("N26 allows many sharers", Profiles.n26, son(sharers: [Fixture.otherSharer, Fixture.anotherSharer]), expect: []),
    ]
}

@Suite("Eligibility: ALREADY_SHARED")
struct AlreadySharedTests {
    @Test(arguments: AlreadySharedTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
