import Testing
@testable import FamilyAid

/// NOT_INSURED: the member holds basic medical insurance, in force, under the number typed.
enum NotInsuredTable {
    static let rows: [EligibilityRow] = [
        EligibilityRow("resident-insured son, active", Profiles.n24, Fixture.son, expect: []),
        EligibilityRow("employee-insured son, active", Profiles.n26,
                       Fixture.member(.near(.child, .birth), name: "张小明", born: "2000-06-01", insurance: .employee), expect: []),
        EligibilityRow("number not in the registry", Profiles.n24,
                       Fixture.member(.near(.child, .birth), born: "2000-06-01", inRegistry: false),
                       expect: [.notInsured(.noRegistryRecord)]),
        EligibilityRow("not in the registry, name never compared", Profiles.n21,
                       Fixture.member(.near(.child, .birth), name: "张小明", typed: "完全不同", born: "2000-06-01", inRegistry: false),
                       expect: [.notInsured(.noRegistryRecord)]),
        EligibilityRow("record returned is another number's", Profiles.n26, recordOfAnotherNumber,
                       expect: [.notInsured(.noRegistryRecord)]),
        EligibilityRow("in the registry without insurance", Profiles.n26,
                       Fixture.member(.near(.child, .birth), born: "2000-06-01", insurance: .none),
                       expect: [.notInsured(.noInsurance)]),
        EligibilityRow("no insurance, region never compared", Profiles.n21,
                       Fixture.member(.near(.child, .birth), born: "2000-06-01", region: "310101", insurance: .none),
                       expect: [.notInsured(.noInsurance)]),
        EligibilityRow("insurance suspended (断缴)", Profiles.n21,
                       Fixture.member(.near(.parent, .birth), born: "1945-01-10", status: .suspended),
                       expect: [.notInsured(.notInForce(.suspended))]),
        EligibilityRow("insurance frozen (冻结)", Profiles.n26,
                       Fixture.member(.near(.sibling, .birth), born: "1968-08-08", insurance: .employee, status: .frozen),
                       expect: [.notInsured(.notInForce(.frozen))]),
    ]

    /// The number typed is the son's; the record the caller passed is someone else's.
    static var recordOfAnotherNumber: ProposedMember {
        var member = Fixture.son
        member.registry = Fixture.daughter.registry
        return member
    }
}

@Suite("Eligibility: NOT_INSURED")
struct NotInsuredTests {
    @Test(arguments: NotInsuredTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
