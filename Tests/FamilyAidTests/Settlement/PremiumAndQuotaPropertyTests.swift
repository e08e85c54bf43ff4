import Testing
import TestSupport
@testable import FamilyAid

/// Properties of N26 quotas and premium payments over hundreds of seeded cases: nothing below the
/// floor, nothing beyond the window or the amount, a year never paid twice, an unused quota given
/// back restores the account exactly.
struct PremiumAndQuotaPropertyTests {
    static let seeds: ClosedRange<UInt64> = 1...500
    /// Most random requests are refused early (wrong year, day or amount): more cases, so that
    /// a few hundred are paid.
    static let premiumSeeds: ClosedRange<UInt64> = 1...2000

    @Test func quotaNeverCutsIntoTheFloorAndReturnsExactly() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            var profile = MoneyGenerator.profile(&g)
            profile.edition = .n26
            let account = MoneyGenerator.account(MoneyCast.id("A"), maxYuan: 6000, &g)
            let amount = MoneyGenerator.amount(upTo: 6000, &g)
            let context = "seed \(seed): \(profile.shareable) retained \(profile.minimumRetained?.description ?? "-") \(account.balance)/\(account.carriedOver) assign \(amount)"
            let shareable = account.shareableAmount(under: profile)
            let result = Result { () throws(QuotaError) in
                try SharingQuota.assign(amount, from: account, to: MoneyCast.member, on: People.today, profile: profile)
            }
            switch result {
            case .failure(let error):
                #expect(error == (amount.isPositive ? .exceedsShareable(requested: amount, shareable: shareable) : .amountNotPositive(amount)), "\(context)")
                #expect(!amount.isPositive || amount > shareable, "\(context)")
            case .success(let assignment):
                #expect(amount.isPositive && amount <= shareable, "\(context)")
                #expect(assignment.accountAfter.balance == account.balance - amount, "\(context)")
                #expect(assignment.accountAfter.balance >= (profile.minimumRetained ?? .zero), "\(context)")
                #expect(!assignment.accountAfter.carriedOver.isNegative, "\(context)")
                #expect(assignment.ledger.entries.isBalanced, "\(context)")
                // Return everything: the account as it was.
                let all = try SharingQuota.returnUnused(amount, of: [assignment], to: assignment.accountAfter, on: People.today)
                #expect(all.accountAfter == account, "\(context)")
                // Return part: never more than assigned, parts never negative, never above the start.
                let unused = Money(fen: Int64.random(in: 0...amount.fen, using: &g))
                let part = try SharingQuota.returnUnused(unused, of: [assignment], to: assignment.accountAfter, on: People.today)
                #expect(part.accountAfter.balance == account.balance - amount + unused, "\(context)")
                #expect(!part.accountAfter.carriedOver.isNegative && part.accountAfter.carriedOver <= account.carriedOver, "\(context)")
                #expect(part.returned.carriedOver <= assignment.draw.carriedOver && part.returned.currentYear <= assignment.draw.currentYear, "\(context)")
            }
        }
    }

    @Test func premiumsKeepWindowAmountFloorAndOnce() throws {
        var paidCount = 0
        defer { #expect(paidCount >= Self.premiumSeeds.count / 20, "too few cases paid to prove anything: \(paidCount)") }
        for seed in Self.premiumSeeds {
            var g = SeededGenerator(seed: seed)
            let scenario = MoneyGenerator.scenario(&g)
            var profile = scenario.profile
            profile.premiums += [PremiumEntry(kind: .longTermCare, coverageYear: 2027, opens: People.date("2026-10-01"),
                                              closes: People.date("2027-01-31"), amount: .yuan(90))]
            // The scenario's first sharer, or a well-funded one half of the time (so that the
            // checks after the money are reached often).
            var sharer = scenario.sharers.first ?? SharerPosition(
                account: MoneyGenerator.account(MoneyCast.id("A"), maxYuan: 2000, &g), paymentRank: 1, boundOn: People.today)
            if MoneyGenerator.chance(50, &g) {
                let plenty = (profile.minimumRetained ?? .zero) + .yuan(1000)
                sharer.account = PersonalAccount(holder: sharer.sharer, balance: plenty, carriedOver: plenty)
                sharer.quotaRemaining = profile.usesQuotas ? .yuan(1000) : nil
                sharer.allowedUses = Set(SharedUse.allCases)
            }
            let kind = PremiumKind.allCases.randomElement(using: &g)!
            let year = Int.random(in: 2025...2028, using: &g)
            let entry = profile.premiums.first { $0.kind == kind && $0.coverageYear == year }
            // Mostly a day near the year's window (a few days either side), sometimes any day.
            let date = if let entry, MoneyGenerator.chance(75, &g) {
                entry.opens.adding(days: Int.random(in: -5...(entry.opens.days(until: entry.closes) + 5), using: &g))
            } else {
                CivilDate(daysSinceEpoch: People.date("2024-06-01").daysSinceEpoch + Int.random(in: 0...1300, using: &g))
            }
            let amount = MoneyGenerator.chance(70, &g) ? (entry?.amount ?? .yuan(400)) : MoneyGenerator.amount(upTo: 500, &g)
            let insurance = MoneyGenerator.chance(80, &g) ? InsuranceKind.resident : InsuranceKind.allCases.randomElement(using: &g)!
            let request = PremiumRequest(member: MoneyCast.member, memberInsurance: insurance, kind: kind, coverageYear: year, amount: amount, date: date)
            let context = "seed \(seed): \(profile.edition) \(kind) \(year) \(date) \(amount) \(insurance)"
            guard let receipt = try? PremiumPayment.pay(request, from: sharer, profile: profile, alreadyPaid: []) else { continue }
            paidCount += 1
            let paidEntry = try #require(entry, "\(context)")
            #expect(insurance == .resident, "\(context)")
            #expect(profile.sharedUses.contains(kind.sharedUse) && sharer.allowedUses.contains(kind.sharedUse), "\(context)")
            #expect(paidEntry.opens <= date && date <= paidEntry.closes, "\(context)")
            #expect(receipt.paid.amount == paidEntry.amount && amount == paidEntry.amount, "\(context)")
            #expect(receipt.ledger.entries.isBalanced, "\(context)")
            if profile.usesQuotas {
                #expect(receipt.sharerAfter.account == sharer.account, "\(context)")
                #expect(receipt.sharerAfter.quotaRemaining.map { !$0.isNegative } == true, "\(context)")
            } else {
                #expect(receipt.sharerAfter.account.balance >= (profile.minimumRetained ?? .zero), "\(context)")
                #expect(receipt.sharerAfter.account.balance == sharer.account.balance - paidEntry.amount, "\(context)")
            }
            // Never twice, from whichever sharer.
            #expect(throws: PremiumRefusal.alreadyPaid(receipt.paid), "\(context)") {
                try PremiumPayment.pay(request, from: receipt.sharerAfter, profile: profile, alreadyPaid: [receipt.paid])
            }
        }
    }
}
