import Testing
@testable import FamilyAid

/// INFO_MISMATCH: the name typed is the registry's name for the number, after normalizing.
enum InfoMismatchTable {
    static func son(typed: String, registry: String = "张小明", status: InsuranceStatus = .active) -> ProposedMember {
        Fixture.member(.near(.child, .birth), name: registry, typed: typed, born: "2000-06-01", status: status)
    }

    static let rows: [EligibilityRow] = [
        EligibilityRow("typed as registered", Profiles.n24, son(typed: "张小明"), expect: []),
        EligibilityRow("another middle dot", Profiles.n26,
                       son(typed: "阿依古丽•买买提", registry: "阿依古丽·买买提"), expect: []),
        EligibilityRow("katakana middle dot and spaces", Profiles.n21,
                       son(typed: " 阿依古丽 ・ 买买提 ", registry: "阿依古丽·买买提"), expect: []),
        EligibilityRow("full-width Latin letters", Profiles.n24,
                       son(typed: "ＪＯＨＮ·ＳＭＩＴＨ", registry: "JOHN·SMITH"), expect: []),
        EligibilityRow("one character different", Profiles.n24, son(typed: "张晓明"),
                       expect: [.infoMismatch(typed: PersonName("张晓明"), registry: PersonName("张小明"))]),
        EligibilityRow("letter case is kept", Profiles.n26, son(typed: "john·smith", registry: "JOHN·SMITH"),
                       expect: [.infoMismatch(typed: PersonName("john·smith"), registry: PersonName("JOHN·SMITH"))]),
        EligibilityRow("mismatch and suspended: both", Profiles.n21, son(typed: "张晓明", status: .suspended),
                       expect: [.notInsured(.notInForce(.suspended)),
                                .infoMismatch(typed: PersonName("张晓明"), registry: PersonName("张小明"))]),
    ]
}

@Suite("Eligibility: INFO_MISMATCH")
struct InfoMismatchTests {
    @Test(arguments: InfoMismatchTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
