import Testing
@testable import FamilyAid

/// RELATION_NOT_ALLOWED: a near relative (民法典 Art. 1045), of a category the edition admits.
enum RelationNotAllowedTable {
    static func relative(_ relation: DeclaredRelation, born: String = "1950-01-01") -> ProposedMember {
        Fixture.member(relation, name: "王某", born: born)
    }

    static let rows: [EligibilityRow] = [
        EligibilityRow("N26, spouse's parent (公婆/岳父母)", Profiles.n26, relative(.inLaw(.spousesParent)),
                       expect: [.relationNotAllowed(.notANearRelative(.inLaw(.spousesParent)))]),
        EligibilityRow("N24, child's spouse (儿媳/女婿)", Profiles.n24, relative(.inLaw(.childsSpouse), born: "2001-01-01"),
                       expect: [.relationNotAllowed(.notANearRelative(.inLaw(.childsSpouse)))]),
        EligibilityRow("N21, sibling-in-law", Profiles.n21, relative(.inLaw(.siblingInLaw), born: "1971-01-01"),
                       expect: [.relationNotAllowed(.notANearRelative(.inLaw(.siblingInLaw)))]),
        EligibilityRow("N21, step-parent without maintenance", Profiles.n21, relative(.stepWithoutMaintenance(.parent)),
                       expect: [.relationNotAllowed(.notANearRelative(.stepWithoutMaintenance(.parent)))]),
        EligibilityRow("N26, anyone else (an uncle)", Profiles.n26, relative(.other),
                       expect: [.relationNotAllowed(.notANearRelative(.notAFamilyTie))]),
        EligibilityRow("N24, a spouse 'by birth'", Profiles.n24, relative(.near(.spouse, .birth), born: "1972-01-01"),
                       expect: [.relationNotAllowed(.notANearRelative(.tieDoesNotFitCategory(.spouse, .birth)))]),
        EligibilityRow("N24, a child 'by marriage'", Profiles.n24, relative(.near(.child, .marriage), born: "2000-01-01"),
                       expect: [.relationNotAllowed(.notANearRelative(.tieDoesNotFitCategory(.child, .marriage)))]),
        EligibilityRow("N21, a brother", Profiles.n21, Fixture.brother,
                       expect: [.relationNotAllowed(.categoryNotInEdition(.sibling, .n21))]),
        EligibilityRow("N21, a maternal grandmother", Profiles.n21, Fixture.grandmother,
                       expect: [.relationNotAllowed(.categoryNotInEdition(.maternalGrandparent, .n21))]),
        EligibilityRow("N21, a son's child", Profiles.n21, Fixture.grandson,
                       expect: [.relationNotAllowed(.categoryNotInEdition(.sonsChild, .n21))]),
        EligibilityRow("N24, a brother", Profiles.n24, Fixture.brother, expect: []),
        EligibilityRow("N26, a maternal grandmother", Profiles.n26, Fixture.grandmother, expect: []),
        EligibilityRow("N24 Hunan-like, a son's child", Profiles.hunanLike, Fixture.grandson, expect: []),
        EligibilityRow("N21, the wife", Profiles.n21, Fixture.wife, expect: []),
        EligibilityRow("N21, a step-parent with maintenance", Profiles.n21, relative(.near(.parent, .stepWithMaintenance)), expect: []),
        EligibilityRow("N21, an adopted child", Profiles.n21, relative(.near(.child, .adoptive), born: "2005-01-01"), expect: []),
    ]
}

@Suite("Eligibility: RELATION_NOT_ALLOWED")
struct RelationNotAllowedTests {
    @Test(arguments: RelationNotAllowedTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
