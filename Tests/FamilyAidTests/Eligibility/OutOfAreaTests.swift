import Testing
@testable import FamilyAid

/// OUT_OF_AREA: N21 the sharer's pooling region, N24 the sharer's province, N26 anywhere.
/// The sharer is insured in 110101 (Beijing 东城).
enum OutOfAreaTable {
    static func son(in region: String, insurance: InsuranceKind = .resident) -> ProposedMember {
        Fixture.member(.near(.child, .birth), name: "张小明", born: "2000-06-01", region: region, insurance: insurance)
    }

    static let rows: [EligibilityRow] = [
        EligibilityRow("N21, same pooling region", Profiles.n21, son(in: "110101"), expect: []),
        EligibilityRow("N21, another region of the province", Profiles.n21, son(in: "110102"),
                       expect: [.outOfArea(memberRegion: People.region("110102"), sharerRegion: People.region("110101"),
                                           allowed: .samePoolingRegion)]),
        EligibilityRow("N24, another region of the province", Profiles.n24, son(in: "110102"), expect: []),
        EligibilityRow("N24, another province", Profiles.n24, son(in: "310101"),
                       expect: [.outOfArea(memberRegion: People.region("310101"), sharerRegion: People.region("110101"),
                                           allowed: .sameProvince)]),
        EligibilityRow("N24 one-sharer variant keeps the edition's area", Profiles.oneSharer, son(in: "440305"),
                       expect: [.outOfArea(memberRegion: People.region("440305"), sharerRegion: People.region("110101"),
                                           allowed: .sameProvince)]),
        EligibilityRow("N26, another province", Profiles.n26, son(in: "310101"), expect: []),
        EligibilityRow("N26, the far west", Profiles.commitment, son(in: "650102", insurance: .employee), expect: []),
        EligibilityRow("N24, uninsured in another province: only NOT_INSURED", Profiles.n24,
                       son(in: "310101", insurance: .none), expect: [.notInsured(.noInsurance)]),
    ]
}

@Suite("Eligibility: OUT_OF_AREA")
struct OutOfAreaTests {
    @Test(arguments: OutOfAreaTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
