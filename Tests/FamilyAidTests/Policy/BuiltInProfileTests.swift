import Testing
@testable import FamilyAid

@Suite("Built-in profiles")
struct BuiltInProfileTests {
    /// The settings each built-in profile is there to show, against DOMAIN.md's tables.
    static let rows: [(id: String, edition: PolicyEdition, atOnce: Int?, lifetime: Int?, oneSharer: Bool,
                       proofs: String, selfService: ReviewMode, period: AuthorizationPeriod, order: SharerOrder,
                       retained: Money?, shareable: ShareableBalance, options: Set<WeaklySourcedOption>)] = [
        ("national-N21", .n21, 5, nil, false, "documents", .manual(workingDays: 3), .openEnded, .userSet, nil, .wholeAccount, []),
        ("national-N24", .n24, 5, nil, false, "documents", .manual(workingDays: 3), .openEnded, .userSet, nil, .wholeAccount, []),
        ("national-N26", .n26, nil, nil, false, "documents", .manual(workingDays: 3), .openEnded, .userSet, nil, .wholeAccount, []),
        ("jiangsu-like", .n24, 6, nil, false, "commitment letter", .instant, .chosenDates, .userSet, nil, .wholeAccount, [.spouseConfirmation]),
        ("shanghai-like", .n26, nil, nil, false, "documents", .manual(workingDays: 2), .openEnded, .largestBalanceFirst, nil, .carriedOverOnly, []),
        ("hunan-like", .n24, 10, 20, true, "documents", .manual(workingDays: 1), .openEnded, .userSet, .yuan(1000), .wholeAccount, []),
    ]

    @Test("each built-in profile's settings", arguments: rows)
    func settings(row: (id: String, edition: PolicyEdition, atOnce: Int?, lifetime: Int?, oneSharer: Bool,
                        proofs: String, selfService: ReviewMode, period: AuthorizationPeriod, order: SharerOrder,
                        retained: Money?, shareable: ShareableBalance, options: Set<WeaklySourcedOption>)) throws {
        let profile = try #require(PolicyProfile.builtIn(id: row.id))
        #expect(profile.version == 1)
        #expect(profile.edition == row.edition)
        #expect(profile.memberLimit == MemberLimit(atOnce: row.atOnce, lifetime: row.lifetime))
        #expect(profile.oneSharerPerMember == row.oneSharer)
        #expect((profile.proofs == .commitmentLetter ? "commitment letter" : "documents") == row.proofs)
        #expect(profile.review.selfService == row.selfService)
        #expect(profile.authorizationPeriod == row.period)
        #expect(profile.sharerOrder == row.order)
        #expect(profile.minimumRetained == row.retained)
        #expect(profile.shareable == row.shareable)
        #expect(profile.options == row.options)
        #expect(profile.spouseConfirms == row.options.contains(.spouseConfirmation))
    }

    @Test func idsAreUniqueAndTheKioskDefaultIsN26() {
        #expect(Set(PolicyProfile.builtIn.map(\.id)).count == PolicyProfile.builtIn.count)
        #expect(PolicyProfile.kioskDefault.edition == .n26)
        #expect(PolicyProfile.builtIn(id: "nowhere") == nil)
    }

    @Test("quotas and the uses of shared money follow the edition", arguments: PolicyEdition.allCases)
    func editionFeatures(edition: PolicyEdition) {
        let profile = PolicyProfile.national(edition)
        #expect(profile.usesQuotas == (edition == .n26))
        #expect(profile.bothSidesConsent == (edition == .n26))
        #expect(profile.sharedUses.contains(.longTermCarePremium) == (edition == .n26))
        #expect(profile.sharedUses.isSuperset(of: [.hospitalSelfPay, .pharmacy, .residentInsurancePremium]))
    }

    @Test func nationalPremiumWindowsRunSeptemberToDecemberOfTheYearBefore() {
        let entry = PolicyProfile.kioskDefault.premiums.first { $0.coverageYear == 2027 }
        #expect(entry?.opens == CivilDate("2026-09-01"))
        #expect(entry?.closes == CivilDate("2026-12-31"))
        #expect(entry?.amount == .yuan(400))
        #expect(entry?.isOpen(on: CivilDate("2026-11-23")!) == true)
        #expect(entry?.isOpen(on: CivilDate("2027-01-01")!) == false)
        #expect(entry?.isOpen(on: CivilDate("2026-08-31")!) == false)
    }
}
