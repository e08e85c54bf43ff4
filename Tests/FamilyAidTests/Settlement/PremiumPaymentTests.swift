import Testing
@testable import FamilyAid

/// 家庭共济缴费 (DOMAIN.md, "What shared money pays" and the premium-payment setting): only the
/// resident-insurance contribution (and long-term care under N26), only inside the coverage
/// year's window, exactly that year's amount, once per member, kind and year, within the quota
/// (N26) or the shareable part above the retained minimum.
struct PremiumPaymentTests {
    /// N26 with a long-term-care contribution listed for 2027, its window crossing the year end.
    static let n26WithCare = MoneyProfiles.variant(MoneyProfiles.n26, "care") {
        $0.premiums += [PremiumEntry(kind: .longTermCare, coverageYear: 2027, opens: People.date("2026-09-01"),
                                     closes: People.date("2027-02-28"), amount: .yuan(120))]
    }
    /// N24 with a region whose 2027 window runs into February and whose contribution is ¥380.
    static let n24February = MoneyProfiles.variant(MoneyProfiles.n24, "february") {
        $0.premiums = [PremiumEntry(coverageYear: 2027, opens: People.date("2026-09-01"),
                                    closes: People.date("2027-02-28"), amount: .yuan(380))]
    }
    /// The same care entry listed under N24, where shared money may not pay it.
    static let n24WithCare = MoneyProfiles.variant(MoneyProfiles.n24, "care") { $0.premiums = n26WithCare.premiums }

    enum Outcome: Sendable, Hashable {
        /// Paid; the sharer's account balance and quota afterwards.
        case paid(balance: Int64, quota: Int64?)
        case refused(PremiumRefusal)
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var label: String
        var profile: PolicyProfile
        var kind: PremiumKind = .residentMedical
        var year: Int = 2027
        var amount: Int64 = 400
        var date: String = "2026-11-23"
        var insurance: InsuranceKind = .resident
        var sharer: SharerSpec = .sharer("A", 5000)
        var alreadyPaid: [PaidPremium] = []
        var member: ResidentID = MoneyCast.member
        var expected: Outcome

        var testDescription: String { "\(profile.id): \(label) → \(expected)" }
    }

    static func paid(_ kind: PremiumKind = .residentMedical, year: Int = 2027, member: ResidentID = MoneyCast.member) -> PaidPremium {
        PaidPremium(member: member, sharer: MoneyCast.id("B"), kind: kind, coverageYear: year, amount: .yuan(400), date: People.date("2026-10-01"))
    }

    static let rows: [Row] = [
        Row(label: "resident contribution in the window", profile: MoneyProfiles.n24, expected: .paid(balance: 4600, quota: nil)),
        Row(label: "same under N21", profile: MoneyProfiles.n21, expected: .paid(balance: 4600, quota: nil)),
        // Only resident insurance.
        Row(label: "member has employee insurance", profile: MoneyProfiles.n24, insurance: .employee,
            expected: .refused(.memberNotResidentInsured(.employee))),
        Row(label: "member uninsured", profile: MoneyProfiles.n24, insurance: .none, expected: .refused(.memberNotResidentInsured(.none))),
        Row(label: "care contribution, employee member", profile: n26WithCare, kind: .longTermCare, amount: 120, insurance: .employee,
            sharer: .sharer("A", 0, quota: 500), expected: .refused(.memberNotResidentInsured(.employee))),
        // Long-term care only under N26.
        Row(label: "care contribution under N24", profile: n24WithCare, kind: .longTermCare, amount: 120,
            expected: .refused(.kindNotShared(.longTermCare, edition: .n24))),
        Row(label: "care contribution under N26", profile: n26WithCare, kind: .longTermCare, amount: 120,
            sharer: .sharer("A", 0, quota: 500), expected: .paid(balance: 0, quota: 380)),
        Row(label: "care contribution in February of the year", profile: n26WithCare, kind: .longTermCare, amount: 120,
            date: "2027-02-28", sharer: .sharer("A", 0, quota: 500), expected: .paid(balance: 0, quota: 380)),
        // The relationship must allow it.
        Row(label: "relationship allows bills only", profile: MoneyProfiles.n24,
            sharer: .sharer("A", 5000, uses: [.hospitalSelfPay, .pharmacy]), expected: .refused(.notAllowedByRelationship(.residentMedical))),
        // The year's entry.
        Row(label: "no entry for 2030", profile: MoneyProfiles.n24, year: 2030, date: "2029-10-01",
            expected: .refused(.noPremiumEntry(.residentMedical, coverageYear: 2030))),
        Row(label: "no care entry in the national N26 profile", profile: MoneyProfiles.n26, kind: .longTermCare, amount: 120,
            sharer: .sharer("A", 0, quota: 500), expected: .refused(.noPremiumEntry(.longTermCare, coverageYear: 2027))),
        // The window, both ends included.
        Row(label: "the day before the window", profile: MoneyProfiles.n24, date: "2026-08-31",
            expected: .refused(.outsideWindow(opens: People.date("2026-09-01"), closes: People.date("2026-12-31"), date: People.date("2026-08-31")))),
        Row(label: "the window's first day", profile: MoneyProfiles.n24, date: "2026-09-01", expected: .paid(balance: 4600, quota: nil)),
        Row(label: "the window's last day", profile: MoneyProfiles.n24, date: "2026-12-31", expected: .paid(balance: 4600, quota: nil)),
        Row(label: "the day after the window", profile: MoneyProfiles.n24, date: "2027-01-01",
            expected: .refused(.outsideWindow(opens: People.date("2026-09-01"), closes: People.date("2026-12-31"), date: People.date("2027-01-01")))),
        Row(label: "window across the year end, January", profile: n24February, amount: 380, date: "2027-01-15",
            expected: .paid(balance: 4620, quota: nil)),
        Row(label: "window across the year end, after it", profile: n24February, amount: 380, date: "2027-03-01",
            expected: .refused(.outsideWindow(opens: People.date("2026-09-01"), closes: People.date("2027-02-28"), date: People.date("2027-03-01")))),
        Row(label: "next year's contribution, this year's window closed", profile: MoneyProfiles.n24, year: 2026, date: "2026-11-23",
            expected: .refused(.outsideWindow(opens: People.date("2025-09-01"), closes: People.date("2025-12-31"), date: People.date("2026-11-23")))),
        // The amount.
        Row(label: "a fen short", profile: MoneyProfiles.n24, amount: 399, expected: .refused(.wrongAmount(expected: .yuan(400), offered: .yuan(399)))),
        Row(label: "too much", profile: MoneyProfiles.n24, amount: 401, expected: .refused(.wrongAmount(expected: .yuan(400), offered: .yuan(401)))),
        Row(label: "the national amount where the region says ¥380", profile: n24February, amount: 400,
            expected: .refused(.wrongAmount(expected: .yuan(380), offered: .yuan(400)))),
        // Once per member, kind and year.
        Row(label: "already paid by another sharer", profile: MoneyProfiles.n24, alreadyPaid: [paid()], expected: .refused(.alreadyPaid(paid()))),
        Row(label: "last year's is paid", profile: MoneyProfiles.n24, alreadyPaid: [paid(year: 2026)], expected: .paid(balance: 4600, quota: nil)),
        Row(label: "another member's is paid", profile: MoneyProfiles.n24, alreadyPaid: [paid(member: MoneyCast.id("C"))],
            expected: .paid(balance: 4600, quota: nil)),
        Row(label: "the care contribution is paid, not the medical one", profile: n26WithCare,
            sharer: .sharer("A", 0, quota: 500), alreadyPaid: [paid(.longTermCare)], expected: .paid(balance: 0, quota: 100)),
        // The money: retained minimum, shareable part, quota.
        Row(label: "¥300 above the retained minimum", profile: MoneyProfiles.n24Retained1000, sharer: .sharer("A", 1300),
            expected: .refused(.insufficientFunds(needed: .yuan(400), available: .yuan(300)))),
        Row(label: "exactly ¥400 above the retained minimum", profile: MoneyProfiles.n24Retained1000, sharer: .sharer("A", 1400),
            expected: .paid(balance: 1000, quota: nil)),
        Row(label: "carried-over part too small", profile: MoneyProfiles.n24CarriedOverOnly, sharer: .sharer("A", 5000, carriedOver: 100),
            expected: .refused(.insufficientFunds(needed: .yuan(400), available: .yuan(100)))),
        Row(label: "carried-over part enough", profile: MoneyProfiles.n24CarriedOverOnly, sharer: .sharer("A", 5000, carriedOver: 400),
            expected: .paid(balance: 4600, quota: nil)),
        Row(label: "N26 without a quota", profile: MoneyProfiles.n26, sharer: .sharer("A", 5000), expected: .refused(.noQuotaAssigned)),
        Row(label: "N26 quota too small", profile: MoneyProfiles.n26, sharer: .sharer("A", 5000, quota: 300),
            expected: .refused(.insufficientFunds(needed: .yuan(400), available: .yuan(300)))),
        Row(label: "N26 quota enough; the account untouched", profile: MoneyProfiles.n26, sharer: .sharer("A", 5000, quota: 400),
            expected: .paid(balance: 5000, quota: 0)),
        // The per-payment cap is for bills, not contributions.
        Row(label: "per-payment cap ¥300", profile: MoneyProfiles.n24Cap300, expected: .paid(balance: 4600, quota: nil)),
        Row(label: "sharer names themselves", profile: MoneyProfiles.n24, member: MoneyCast.id("A"), expected: .refused(.sharerIsMember)),
    ]

    @Test(arguments: rows)
    func paysOrRefuses(_ row: Row) {
        let request = PremiumRequest(
            member: row.member, memberInsurance: row.insurance, kind: row.kind, coverageYear: row.year,
            amount: .yuan(row.amount), date: People.date(row.date))
        let result = Result { () throws(PremiumRefusal) in
            try PremiumPayment.pay(request, from: row.sharer.position, profile: row.profile, alreadyPaid: row.alreadyPaid)
        }
        switch result {
        case .failure(let refusal):
            #expect(Outcome.refused(refusal) == row.expected)
        case .success(let receipt):
            #expect(Outcome.paid(balance: receipt.sharerAfter.account.balance.fen / 100,
                                 quota: receipt.sharerAfter.quotaRemaining.map { $0.fen / 100 }) == row.expected)
            #expect(receipt.paid == PaidPremium(member: row.member, sharer: MoneyCast.id("A"), kind: row.kind, coverageYear: row.year,
                                                amount: .yuan(row.amount), date: People.date(row.date)))
            let fund = LedgerAccount.payee(row.kind == .longTermCare ? .longTermCareFund : .residentInsuranceFund)
            let from: LedgerAccount = row.profile.usesQuotas
                ? .quota(sharer: MoneyCast.id("A"), member: row.member) : .personalAccount(MoneyCast.id("A"))
            #expect(receipt.ledger.netChange(of: fund) == .yuan(row.amount))
            #expect(receipt.ledger.netChange(of: from) == -.yuan(row.amount))
            #expect(receipt.ledger.entries.allSatisfy {
                $0.kind == .premium && $0.reference == .premium(member: row.member, kind: row.kind, coverageYear: row.year)
            })
        }
    }

    /// A refusal comes before the next check: a closed window is said even when the amount is
    /// also wrong and the account empty, so the resident hears the reason they can act on.
    @Test func refusalsComeInOrder() {
        let request = PremiumRequest(member: MoneyCast.member, memberInsurance: .resident, coverageYear: 2027, amount: .yuan(1),
                                     date: People.date("2027-06-01"))
        #expect(throws: PremiumRefusal.outsideWindow(opens: People.date("2026-09-01"), closes: People.date("2026-12-31"), date: People.date("2027-06-01"))) {
            try PremiumPayment.pay(request, from: SharerSpec.sharer("A", 0).position, profile: MoneyProfiles.n24, alreadyPaid: [Self.paid()])
        }
    }
}
