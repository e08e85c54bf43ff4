import Testing
@testable import FamilyAid

/// A counter's approval arriving at the central office: bound, or sent to review with the codes.
@Suite("Binding conflicts of an approval made elsewhere")
struct BindingConflictTests {
    static let member = People.id(born: "1998-03-04", sequence: "002")
    static let others = (1...11).map { People.id(born: "1980-01-01", sequence: String(format: "%03d", 100 + $0)) }

    struct Row: Sendable, CustomTestStringConvertible {
        var existing = ExistingMembers.none
        var otherSharers = 0
        let profile: PolicyProfile
        let expected: [ReasonCode]
        let why: String
        var testDescription: String { why }
    }

    static func held(_ count: Int) -> Set<ResidentID> { Set(others.prefix(count)) }

    static let rows: [Row] = [
        Row(profile: Profiles.n26, expected: [], why: "nothing in the way"),
        Row(existing: ExistingMembers(activeOrScheduled: [member]), profile: Profiles.n26, expected: [.duplicateMember],
            why: "the same pair was bound meanwhile"),
        Row(existing: ExistingMembers(ended: [member]), profile: Profiles.n26, expected: [],
            why: "a former member may be bound again"),
        Row(otherSharers: 1, profile: Profiles.n26, expected: [], why: "another sharer, where several are allowed"),
        Row(otherSharers: 1, profile: Profiles.oneSharer, expected: [.alreadyShared],
            why: "another sharer, where one sharer per member is the rule"),
        Row(existing: ExistingMembers(activeOrScheduled: held(4)), profile: Profiles.n24, expected: [],
            why: "the fifth of five places"),
        Row(existing: ExistingMembers(activeOrScheduled: held(5)), profile: Profiles.n24, expected: [.memberLimit],
            why: "a sixth where five is the limit"),
        Row(existing: ExistingMembers(activeOrScheduled: held(4), pending: held(9).subtracting(held(4))), profile: Profiles.n24,
            expected: [], why: "members still waiting hold no place against an approval"),
        Row(existing: ExistingMembers(activeOrScheduled: held(5)), profile: Profiles.n26, expected: [],
            why: "N26 has no member limit"),
        Row(existing: ExistingMembers(activeOrScheduled: held(2), ended: held(10).subtracting(held(2))),
            profile: Profiles.hunanLike, expected: [], why: "the tenth person ever bound, of twenty"),
        Row(existing: ExistingMembers(activeOrScheduled: held(1), ended: Set(others).union(otherPeople(9)).subtracting(held(1))),
            profile: Profiles.hunanLike, expected: [.memberLimit], why: "a twenty-first person ever bound"),
        Row(existing: ExistingMembers(activeOrScheduled: held(1), ended: Set(others).union(otherPeople(8)).union([member]).subtracting(held(1))),
            profile: Profiles.hunanLike, expected: [], why: "a former member takes no new lifetime place"),
        Row(existing: ExistingMembers(activeOrScheduled: Set([member]).union(held(5))), otherSharers: 1, profile: Profiles.oneSharer,
            expected: [.alreadyShared, .duplicateMember], why: "every code found, in the table's order"),
    ]

    static func otherPeople(_ count: Int) -> Set<ResidentID> {
        Set((1...count).map { People.id(born: "1975-06-06", sequence: String(format: "%03d", 200 + $0)) })
    }

    @Test(arguments: rows)
    func codes(_ row: Row) {
        #expect(BindingConflict.codes(
            binding: Self.member, existing: row.existing, otherSharersOfMember: row.otherSharers, profile: row.profile) == row.expected)
    }
}
