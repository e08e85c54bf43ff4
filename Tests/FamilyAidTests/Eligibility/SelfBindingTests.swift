import Testing
@testable import FamilyAid

/// SELF_BINDING: the sharer named as a member. Nothing else is judged about that entry, except
/// the sharer's own standing.
enum SelfBindingTable {
    static func sharerAs(_ relation: DeclaredRelation, sharer: InsuredPerson = Fixture.sharer) -> ProposedMember {
        ProposedMember(relation: relation, typedName: sharer.name, idNumber: sharer.id, registry: sharer)
    }

    static let rows: [EligibilityRow] = [
        EligibilityRow("N24, the sharer as their own son", Profiles.n24, sharerAs(.near(.child, .birth)), expect: [.selfBinding]),
        EligibilityRow("N21, the sharer as their own parent: no age comparison", Profiles.n21, sharerAs(.near(.parent, .birth)),
                       expect: [.selfBinding]),
        EligibilityRow("one-sharer, the sharer as an in-law who is someone's member", Profiles.oneSharer,
                       ProposedMember(relation: .inLaw(.spousesParent), typedName: PersonName("张三"), idNumber: Fixture.sharer.id,
                                      registry: Fixture.sharer, currentSharers: [Fixture.otherSharer]),
                       expect: [.selfBinding]),
        EligibilityRow("N26, the sharer twice: each is self-binding, neither a duplicate", Profiles.n26,
                       [sharerAs(.near(.child, .birth)), sharerAs(.near(.child, .birth))],
                       expect: [[.selfBinding], [.selfBinding]]),
        EligibilityRow("N24, a suspended sharer naming themselves", Profiles.n24, sharer: Fixture.sharer(status: .suspended),
                       sharerAs(.near(.spouse, .marriage), sharer: Fixture.sharer(status: .suspended)),
                       expect: [.sharerIneligible(.accountSuspended(.suspended)), .selfBinding]),
        EligibilityRow("N24, a member born the same day, another number", Profiles.n24,
                       Fixture.member(.near(.sibling, .birth), name: "张双", born: "1970-05-01", sequence: "013"), expect: []),
    ]
}

@Suite("Eligibility: SELF_BINDING")
struct SelfBindingTests {
    @Test(arguments: SelfBindingTable.rows)
    func row(_ row: EligibilityRow) { row.check() }

    @Test("The sharer named as a member needs nothing: there is nothing to prove or confirm")
    func noRequirements() {
        let verdicts = Fixture.judge(Profiles.n26, [SelfBindingTable.sharerAs(.near(.child, .birth))])
        #expect(verdicts.map(\.requirements) == [MemberRequirements()])
    }
}
