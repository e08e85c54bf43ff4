import Testing
@testable import FamilyAid

/// SHARER_INELIGIBLE: employee insurance, in force, something shareable under the profile's
/// shareable part and retained minimum. Every member of the application carries it.
enum SharerIneligibleTable {
    static let family = [Fixture.son, Fixture.wife]

    static func everyone(_ violation: Violation) -> [[Violation]] { family.map { _ in [violation] } }

    static let rows: [EligibilityRow] = [
        EligibilityRow("N24, sound sharer", Profiles.n24, family, expect: [[], []]),
        EligibilityRow("N24, resident-insured sharer", Profiles.n24, sharer: Fixture.sharer(insurance: .resident), family,
                       expect: everyone(.sharerIneligible(.residentInsurance))),
        EligibilityRow("N26, uninsured sharer", Profiles.n26, sharer: Fixture.sharer(insurance: .none), family,
                       expect: everyone(.sharerIneligible(.notInsured))),
        EligibilityRow("N24, sharer's account suspended", Profiles.n24, sharer: Fixture.sharer(status: .suspended), family,
                       expect: everyone(.sharerIneligible(.accountSuspended(.suspended)))),
        EligibilityRow("N21, sharer's account frozen", Profiles.n21, sharer: Fixture.sharer(status: .frozen), family,
                       expect: everyone(.sharerIneligible(.accountSuspended(.frozen)))),
        EligibilityRow("N24, empty account", Profiles.n24, sharer: Fixture.sharer(balance: .zero), family,
                       expect: everyone(.sharerIneligible(.nothingShareable))),
        EligibilityRow("Shanghai-like, nothing carried over", Profiles.shanghaiLike,
                       sharer: Fixture.sharer(balance: .yuan(5000), carriedOver: .zero), family,
                       expect: everyone(.sharerIneligible(.nothingShareable))),
        EligibilityRow("Shanghai-like, ¥100 carried over", Profiles.shanghaiLike,
                       sharer: Fixture.sharer(balance: .yuan(5000), carriedOver: .yuan(100)), family, expect: [[], []]),
        EligibilityRow("N24 whole account, nothing carried over", Profiles.n24,
                       sharer: Fixture.sharer(balance: .yuan(5000), carriedOver: .zero), family, expect: [[], []]),
        EligibilityRow("retaining ¥1,000 of exactly ¥1,000", Profiles.retained, sharer: Fixture.sharer(balance: .yuan(1000)), family,
                       expect: everyone(.sharerIneligible(.nothingShareable))),
        EligibilityRow("retaining ¥1,000 of ¥1,000.01", Profiles.retained,
                       sharer: Fixture.sharer(balance: .yuan(1000) + Money(fen: 1)), family, expect: [[], []]),
        EligibilityRow("ineligible sharer and an uninsured member: both", Profiles.n24, sharer: Fixture.sharer(status: .suspended),
                       [Fixture.member(.near(.child, .birth), born: "2000-06-01", inRegistry: false)],
                       expect: [[.notInsured(.noRegistryRecord), .sharerIneligible(.accountSuspended(.suspended))]]),
    ]
}

@Suite("Eligibility: SHARER_INELIGIBLE")
struct SharerIneligibleTests {
    @Test(arguments: SharerIneligibleTable.rows)
    func row(_ row: EligibilityRow) { row.check() }
}
