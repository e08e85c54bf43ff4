import Testing
@testable import FamilyAid

/// MEMBER_LIMIT: at once (active, scheduled, pending, earlier members of this application) and in
/// a lifetime (ever bound, each person once). Members beyond the limit, in application order,
/// get it; a member refused for another reason takes no place.
enum MemberLimitTable {
    static func atOnce(_ limit: Int, _ count: Int) -> Violation {
        .memberLimit(MemberLimitBreach(kind: .atOnce, limit: limit, count: count))
    }

    static func lifetime(_ limit: Int, _ count: Int) -> Violation {
        .memberLimit(MemberLimitBreach(kind: .lifetime, limit: limit, count: count))
    }

    static let uninsuredChild = Fixture.member(.near(.child, .birth), name: "张无保", born: "1996-01-01", insurance: .none)

    static let rows: [EligibilityRow] = [
        EligibilityRow("N24, four bound, two added: the second is the sixth", Profiles.n24,
                       [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<14)),
                       expect: [[], [atOnce(5, 6)]]),
        EligibilityRow("N24, three bound and one pending count alike", Profiles.n24,
                       [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<13), pending: Fixture.childIDs(13..<14)),
                       expect: [[], [atOnce(5, 6)]]),
        EligibilityRow("N24, five bound: the first added is already over", Profiles.n24,
                       [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<15)),
                       expect: [[atOnce(5, 6)], [atOnce(5, 6)]]),
        EligibilityRow("N21, six in one application: the sixth is refused", Profiles.n21,
                       (1...6).map(Fixture.child),
                       expect: [[], [], [], [], [], [atOnce(5, 6)]]),
        EligibilityRow("N24, former members do not count at once", Profiles.n24, [Fixture.child(1)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<14), ended: Fixture.childIDs(20..<30)),
                       expect: [[]]),
        EligibilityRow("N24, an uninsured member takes no place", Profiles.n24,
                       [uninsuredChild, Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<14)),
                       expect: [[.notInsured(.noInsurance)], []]),
        EligibilityRow("N24, a duplicate takes no place and is not over", Profiles.n24,
                       [Fixture.child(1), Fixture.child(1)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<14)),
                       expect: [[], [.duplicateMember(.earlierInApplication(firstIndex: 0))]]),
        EligibilityRow("Hunan-like, nine bound, ten former: over both limits", Profiles.hunanLike,
                       [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<19), ended: Fixture.childIDs(20..<30)),
                       expect: [[], [atOnce(10, 11), lifetime(20, 21)]]),
        EligibilityRow("Hunan-like, five bound, fourteen former: only the lifetime", Profiles.hunanLike,
                       [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<15), ended: Fixture.childIDs(20..<34)),
                       expect: [[], [lifetime(20, 21)]]),
        EligibilityRow("Hunan-like, twenty ever bound: a former member may come back", Profiles.hunanLike,
                       [Fixture.child(20)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<15), ended: Fixture.childIDs(20..<35)),
                       expect: [[]]),
        EligibilityRow("Hunan-like, twenty ever bound: a new member may not", Profiles.hunanLike,
                       [Fixture.child(99)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<15), ended: Fixture.childIDs(20..<35)),
                       expect: [[lifetime(20, 21)]]),
        EligibilityRow("N26, no limit", Profiles.n26, [Fixture.child(1), Fixture.child(2)],
                       existing: ExistingMembers(activeOrScheduled: Fixture.childIDs(10..<40), ended: Fixture.childIDs(40..<70)),
                       expect: [[], []]),
    ]
}

@Suite("Eligibility: MEMBER_LIMIT")
struct MemberLimitTests {
    @Test(arguments: MemberLimitTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
