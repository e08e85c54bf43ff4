import Testing
import TestSupport
@testable import FamilyAid

/// The changes of a settlement, refund or premium, repeated on the balances it started from,
/// give exactly the balances it left: so an office that repeats them on its own figures moves
/// the same money (issue 5: a counter's payments applied at the central office, and kept at the
/// counter across the central office's registry).
struct BalanceChangesTests {
    static let seeds: ClosedRange<UInt64> = 1...400

    static func applying(_ changes: BalanceChanges, to positions: [SharerPosition]) throws -> [SharerPosition] {
        try positions.map { position in
            var after = position
            if let change = changes.accounts.first(where: { $0.holder == position.sharer }) {
                after.account = try #require(position.account.applying(change))
            }
            if let change = changes.quotas.first(where: { $0.sharer == position.sharer }) {
                after.quotaRemaining = (position.quotaRemaining ?? .zero) + change.unused
            }
            return after
        }
    }

    /// Positions in ID-number order: a settlement lists its positions in payment order.
    static func sorted(_ positions: [SharerPosition]) -> [SharerPosition] {
        positions.sorted { $0.sharer.number < $1.sharer.number }
    }

    static func applying(_ changes: BalanceChanges, to own: PersonalAccount) throws -> PersonalAccount {
        guard let change = changes.accounts.first(where: { $0.holder == own.holder }) else { return own }
        return try #require(own.applying(change))
    }

    @Test func aSettlementRepeatedGivesItsBalances() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            let changes = settlement.balanceChanges
            let context = "seed \(seed): \(s)"
            #expect(try Self.applying(changes, to: s.own) == settlement.ownAccountAfter, "\(context)")
            #expect(Self.sorted(try Self.applying(changes, to: s.sharers)) == Self.sorted(settlement.sharersAfter), "\(context)")
            #expect(changes.accounts.allSatisfy { !$0.balance.isPositive && !$0.carriedOver.isPositive }, "a bill only takes; \(context)")
            #expect(changes.quotas.allSatisfy { $0.member == s.bill.member && $0.unused.isNegative }, "\(context)")
        }
    }

    @Test func aRefundRepeatedGivesItsBalances() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            // Half the time the quotas were returned meanwhile: the money goes to the accounts.
            let quotasReturned = MoneyGenerator.chance(50, &g)
            let before = settlement.sharersAfter.map { position in
                var position = position
                if quotasReturned { position.quotaRemaining = nil }
                return position
            }
            let amount = Money(fen: Int64.random(in: 1...s.bill.amount.fen, using: &g))
            let refund = try settlement.refund(
                amount, number: "TF-1", date: People.today, after: [], ownAccount: settlement.ownAccountAfter, sharers: before)
            let changes = refund.balanceChanges
            let context = "seed \(seed) refund \(amount) quotas returned \(quotasReturned): \(s)"
            #expect(try Self.applying(changes, to: settlement.ownAccountAfter) == refund.ownAccountAfter, "\(context)")
            let repeated = try Self.applying(changes, to: before).map { position in
                var position = position
                if quotasReturned { position.quotaRemaining = nil }
                return position
            }
            #expect(Self.sorted(repeated) == Self.sorted(refund.sharersAfter), "\(context)")
            #expect(changes.accounts.allSatisfy { !$0.balance.isNegative && !$0.carriedOver.isNegative }, "a refund only gives back; \(context)")
        }
    }

    @Test func aPremiumRepeatedGivesItsBalance() throws {
        var paid = 0
        defer { #expect(paid >= 100, "too few premiums paid to prove anything: \(paid)") }
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            var profile = MoneyGenerator.scenario(&g).profile
            profile.premiums = [PremiumEntry(kind: .residentMedical, coverageYear: 2027, opens: People.date("2026-10-01"),
                                             closes: People.date("2027-01-31"), amount: .yuan(380))]
            let plenty = (profile.minimumRetained ?? .zero) + .yuan(1000)
            let carried = MoneyGenerator.amount(upTo: 1500, &g)
            let sharer = SharerPosition(
                account: PersonalAccount(holder: MoneyCast.id("A"), balance: plenty, carriedOver: carried),
                allowedUses: Set(SharedUse.allCases), quotaRemaining: profile.usesQuotas ? .yuan(1000) : nil,
                paymentRank: 1, boundOn: People.today)
            let request = PremiumRequest(
                member: MoneyCast.member, memberInsurance: .resident, kind: .residentMedical, coverageYear: 2027,
                amount: .yuan(380), date: People.date("2026-11-02"))
            guard let receipt = try? PremiumPayment.pay(request, from: sharer, profile: profile, alreadyPaid: []) else { continue }
            paid += 1
            let context = "seed \(seed): \(profile.edition) carried \(carried)"
            #expect(try Self.applying(receipt.balanceChanges, to: [sharer]) == [receipt.sharerAfter], "\(context)")
        }
    }

    @Test func aQuotaSetAsideAndGivenBackRepeatedGiveTheirBalances() throws {
        var checked = 0
        defer { #expect(checked >= 100, "too few quotas set aside to prove anything: \(checked)") }
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            var profile = MoneyGenerator.scenario(&g).profile
            profile.edition = .n26
            let account = MoneyGenerator.account(MoneyCast.id("A"), maxYuan: 6000, &g)
            let amount = MoneyGenerator.amount(upTo: 3000, &g)
            guard let assignment = try? SharingQuota.assign(amount, from: account, to: MoneyCast.member, on: People.today, profile: profile)
            else { continue }
            checked += 1
            let context = "seed \(seed): \(account.balance)/\(account.carriedOver) sets aside \(amount)"
            let change = try #require(assignment.balanceChanges.accounts.first, "\(context)")
            #expect(account.applying(change) == assignment.accountAfter, "\(context)")
            #expect(assignment.balanceChanges.quotas.map(\.unused) == [amount], "\(context)")

            let unused = Money(fen: Int64.random(in: 0...amount.fen, using: &g))
            let back = try SharingQuota.returnUnused(unused, of: [assignment], to: assignment.accountAfter, on: People.today)
            let returned = back.balanceChanges.accounts.first
            #expect((returned.flatMap(assignment.accountAfter.applying) ?? assignment.accountAfter) == back.accountAfter, "\(context)")
        }
    }

    struct Row: CustomTestStringConvertible, Sendable {
        var balance: Int64
        var carriedOver: Int64
        var change: Int64
        var carriedOverChange: Int64
        /// The balance and carried-over part after, or nil when refused.
        var after: (Int64, Int64)?

        var testDescription: String { "\(balance)/\(carriedOver) \(change)/\(carriedOverChange)" }
    }

    static let rows: [Row] = [
        Row(balance: 100_00, carriedOver: 40_00, change: -30_00, carriedOverChange: -30_00, after: (70_00, 10_00)),
        Row(balance: 100_00, carriedOver: 40_00, change: -100_00, carriedOverChange: -40_00, after: (0, 0)),
        Row(balance: 100_00, carriedOver: 40_00, change: -100_01, carriedOverChange: -40_00, after: nil),
        Row(balance: 0, carriedOver: 0, change: -1, carriedOverChange: 0, after: nil),
        // Less carried over here than at the origin: the rest is current-year money, never below nothing.
        Row(balance: 100_00, carriedOver: 10_00, change: -30_00, carriedOverChange: -30_00, after: (70_00, 0)),
        Row(balance: 70_00, carriedOver: 10_00, change: 30_00, carriedOverChange: 30_00, after: (100_00, 40_00)),
        Row(balance: 0, carriedOver: 0, change: 5_00, carriedOverChange: 0, after: (5_00, 0)),
    ]

    @Test(arguments: rows)
    func anAccountTakesAChangeOrRefuses(_ row: Row) {
        let account = PersonalAccount(holder: MoneyCast.id("A"), balance: Money(fen: row.balance), carriedOver: Money(fen: row.carriedOver))
        let change = BalanceChanges.AccountChange(
            holder: account.holder, balance: Money(fen: row.change), carriedOver: Money(fen: row.carriedOverChange))
        let after = account.applying(change)
        #expect(after.map { [$0.balance.fen, $0.carriedOver.fen] } == row.after.map { [$0.0, $0.1] })
    }
}
