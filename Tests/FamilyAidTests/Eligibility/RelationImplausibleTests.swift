import Testing
@testable import FamilyAid

/// RELATION_IMPLAUSIBLE: the birth dates must fit the relation. The sharer 张三 was born
/// 1970-05-01; today is 2026-11-23.
enum RelationImplausibleTable {
    static let sharerBorn = People.date("1970-05-01")

    static func relative(_ category: KinshipCategory, _ tie: KinshipTie = .birth, born: String, sequence: String = "022") -> ProposedMember {
        Fixture.member(.near(category, tie), name: "王某", born: born, sequence: sequence)
    }

    static func implausible(_ category: KinshipCategory, born: String, _ expected: ImplausibleRelation.Expectation,
                            sharerBorn: CivilDate = sharerBorn) -> Violation {
        .relationImplausible(ImplausibleRelation(category: category, sharerBorn: sharerBorn, memberBorn: People.date(born), expected: expected))
    }

    /// A woman born 2005-01-01 (21 today) and a man born the same day (also 21).
    static let youngWoman = People.person("刘芳", born: "2005-01-01", sequence: "012")
    static let youngMan = People.person("刘强", born: "2005-01-01", sequence: "013")

    static let rows: [EligibilityRow] = [
        EligibilityRow("N24, a 'father' younger than the sharer", Profiles.n24, relative(.parent, born: "1975-03-03"),
                       expect: [implausible(.parent, born: "1975-03-03", .memberOlder(byMoreThanYears: 0))]),
        EligibilityRow("N21, a 'mother' born the same day", Profiles.n21, relative(.parent, born: "1970-05-01"),
                       expect: [implausible(.parent, born: "1970-05-01", .memberOlder(byMoreThanYears: 0))]),
        EligibilityRow("N24, an adoptive parent one day older", Profiles.n24, relative(.parent, .adoptive, born: "1970-04-30"),
                       expect: []),
        EligibilityRow("N26, a 'son' older than the sharer", Profiles.n26, relative(.child, born: "1969-12-31"),
                       expect: [implausible(.child, born: "1969-12-31", .memberYounger(byMoreThanYears: 0))]),
        EligibilityRow("N26, a stepson one day younger", Profiles.n26, relative(.child, .stepWithMaintenance, born: "1970-05-02"),
                       expect: []),
        EligibilityRow("N26, a grandmother by birth exactly 20 years older", Profiles.n26,
                       relative(.maternalGrandparent, born: "1950-05-01"),
                       expect: [implausible(.maternalGrandparent, born: "1950-05-01", .memberOlder(byMoreThanYears: 20))]),
        EligibilityRow("N24, a grandfather by birth 20 years and a day older", Profiles.n24,
                       relative(.paternalGrandparent, born: "1950-04-30"), expect: []),
        EligibilityRow("N26, an adoptive grandmother ten years older", Profiles.n26,
                       relative(.paternalGrandparent, .adoptive, born: "1960-01-01"), expect: []),
        EligibilityRow("N26, a step-grandmother younger than the sharer", Profiles.n26,
                       relative(.maternalGrandparent, .stepWithMaintenance, born: "1971-01-01"),
                       expect: [implausible(.maternalGrandparent, born: "1971-01-01", .memberOlder(byMoreThanYears: 0))]),
        EligibilityRow("N24, a grandson by birth exactly 20 years younger", Profiles.n24, relative(.sonsChild, born: "1990-05-01"),
                       expect: [implausible(.sonsChild, born: "1990-05-01", .memberYounger(byMoreThanYears: 20))]),
        EligibilityRow("N26, a daughter's child 20 years and a day younger", Profiles.n26,
                       relative(.daughtersChild, born: "1990-05-02"), expect: []),
        EligibilityRow("N26, a brother thirty years younger: siblings are not checked", Profiles.n26,
                       relative(.sibling, born: "2000-01-01"), expect: []),
        EligibilityRow("N24, a wife aged 19", Profiles.n24, relative(.spouse, .marriage, born: "2007-01-01"),
                       expect: [implausible(.spouse, born: "2007-01-01", .bothOfMarriageAge(sharerMinimum: 22, memberMinimum: 20))]),
        EligibilityRow("N24, a wife turning 20 today", Profiles.n24, relative(.spouse, .marriage, born: "2006-11-23"), expect: []),
        EligibilityRow("N26, a woman of 21 and her husband of 21", Profiles.n26, sharer: youngWoman,
                       relative(.spouse, .marriage, born: "2005-06-01", sequence: "031"),
                       expect: [implausible(.spouse, born: "2005-06-01", .bothOfMarriageAge(sharerMinimum: 20, memberMinimum: 22),
                                            sharerBorn: People.date("2005-01-01"))]),
        EligibilityRow("N26, a man of 21 and his wife of 26", Profiles.n26, sharer: youngMan,
                       relative(.spouse, .marriage, born: "2000-06-01", sequence: "032"),
                       expect: [implausible(.spouse, born: "2000-06-01", .bothOfMarriageAge(sharerMinimum: 22, memberMinimum: 20),
                                            sharerBorn: People.date("2005-01-01"))]),
        EligibilityRow("N26, a woman of 21 and her husband of 26", Profiles.n26, sharer: youngWoman,
                       relative(.spouse, .marriage, born: "2000-06-01", sequence: "033"), expect: []),
        EligibilityRow("N21, a grandmother 10 years older: refused by edition and by age", Profiles.n21,
                       relative(.maternalGrandparent, born: "1960-01-01"),
                       expect: [.relationNotAllowed(.categoryNotInEdition(.maternalGrandparent, .n21)),
                                implausible(.maternalGrandparent, born: "1960-01-01", .memberOlder(byMoreThanYears: 20))]),
    ]
}

@Suite("Eligibility: RELATION_IMPLAUSIBLE")
struct RelationImplausibleTests {
    @Test(arguments: RelationImplausibleTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
