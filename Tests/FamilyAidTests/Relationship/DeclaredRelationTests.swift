import Testing
@testable import FamilyAid

/// What the sharer declares, and whether it names a near relative (民法典 Art. 1045).
@Suite("Declared relations")
struct DeclaredRelationTests {
    /// Every category with every tie that fits it: a spouse by marriage, everyone else by birth,
    /// adoption or a step relationship with maintenance.
    static let fitting: Set<String> = [
        "spouse/marriage",
        "parent/birth", "parent/adoptive", "parent/stepWithMaintenance",
        "child/birth", "child/adoptive", "child/stepWithMaintenance",
        "sibling/birth", "sibling/adoptive", "sibling/stepWithMaintenance",
        "paternalGrandparent/birth", "paternalGrandparent/adoptive", "paternalGrandparent/stepWithMaintenance",
        "maternalGrandparent/birth", "maternalGrandparent/adoptive", "maternalGrandparent/stepWithMaintenance",
        "sonsChild/birth", "sonsChild/adoptive", "sonsChild/stepWithMaintenance",
        "daughtersChild/birth", "daughtersChild/adoptive", "daughtersChild/stepWithMaintenance",
    ]

    @Test("Every category with every tie", arguments: KinshipCategory.allCases, KinshipTie.allCases)
    func near(category: KinshipCategory, tie: KinshipTie) throws {
        let result = DeclaredRelation.near(category, tie).nearRelative
        if Self.fitting.contains("\(category.rawValue)/\(tie.rawValue)") {
            #expect(try result.get() == NearRelative(category: category, tie: tie)!)
            #expect((try? result.get())?.category == category)
            #expect((try? result.get())?.tie == tie)
        } else {
            #expect(throws: NotANearRelative.tieDoesNotFitCategory(category, tie)) { try result.get() }
        }
    }

    @Test("In-laws are never near relatives", arguments: InLawRelation.allCases)
    func inLaw(relation: InLawRelation) {
        #expect(throws: NotANearRelative.inLaw(relation)) { try DeclaredRelation.inLaw(relation).nearRelative.get() }
    }

    @Test("A step relative without maintenance is not a near relative", arguments: KinshipCategory.allCases)
    func stepWithoutMaintenance(category: KinshipCategory) {
        #expect(throws: NotANearRelative.stepWithoutMaintenance(category)) {
            try DeclaredRelation.stepWithoutMaintenance(category).nearRelative.get()
        }
    }

    @Test func anyoneElseIsNotAFamilyTie() {
        #expect(throws: NotANearRelative.notAFamilyTie) { try DeclaredRelation.other.nearRelative.get() }
    }

    @Test("Generations", arguments: [
        (KinshipCategory.spouse, KinshipCategory.Generation.same), (.sibling, .same),
        (.parent, .older), (.paternalGrandparent, .older), (.maternalGrandparent, .older),
        (.child, .younger), (.sonsChild, .younger), (.daughtersChild, .younger),
    ])
    func generation(category: KinshipCategory, expected: KinshipCategory.Generation) {
        #expect(category.generation == expected)
        #expect(category.admitsTieKinds == (category != .spouse))
    }
}
