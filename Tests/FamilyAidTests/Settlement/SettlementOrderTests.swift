import Testing
@testable import FamilyAid

/// DOMAIN.md, "What shared money pays, and in what order": own account, then the sharers in the
/// profile's order (each within quota, cap and retained minimum), then cash. One row per case:
/// the profile, the accounts, the bill, and exactly who pays what.
struct SettlementOrderTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var profile: PolicyProfile
        var own: Int64
        var sharers: [SharerSpec]
        var amount: Int64
        var use: SharedUse = .hospitalSelfPay
        var ownPays: Int64
        var sharersPay: [SharerPaid]
        var cash: Int64
        var passedOver: [String: PassOverReason] = [:]

        var testDescription: String {
            "\(profile.id): own ¥\(own), \(sharers), bill ¥\(amount) \(use.rawValue) → own \(ownPays), \(sharersPay), cash \(cash)"
        }
    }

    static let rows: [Row] = [
        // Own account first; it covers everything, nobody else pays.
        Row(profile: MoneyProfiles.n24, own: 800, sharers: [.sharer("A", 5000)], amount: 500,
            ownPays: 500, sharersPay: [], cash: 0),
        // Own account, then the sharer, then nothing left for cash.
        Row(profile: MoneyProfiles.n24, own: 200, sharers: [.sharer("A", 5000)], amount: 500,
            ownPays: 200, sharersPay: [SharerPaid("A", 300)], cash: 0),
        // A resident-insured member has no account: the sharer pays from the first yuan.
        Row(profile: MoneyProfiles.n21, own: 0, sharers: [.sharer("A", 5000)], amount: 500,
            ownPays: 0, sharersPay: [SharerPaid("A", 500)], cash: 0),
        // No sharers: own account, then cash.
        Row(profile: MoneyProfiles.n21, own: 100, sharers: [], amount: 500,
            ownPays: 100, sharersPay: [], cash: 400),
        // User-set 支付顺位: B (rank 1) before A (rank 2), whatever the binding dates.
        Row(profile: MoneyProfiles.n24,
            own: 0, sharers: [.sharer("A", 1000, rank: 2, bound: "2025-01-01"), .sharer("B", 300, rank: 1, bound: "2026-01-01")],
            amount: 500, ownPays: 0, sharersPay: [SharerPaid("B", 300), SharerPaid("A", 200)], cash: 0),
        // Binding order: A (bound first) before B, whatever the ranks.
        Row(profile: MoneyProfiles.n24BindingOrder,
            own: 0, sharers: [.sharer("A", 1000, rank: 2, bound: "2025-01-01"), .sharer("B", 300, rank: 1, bound: "2026-01-01")],
            amount: 500, ownPays: 0, sharersPay: [SharerPaid("A", 500)], cash: 0),
        // Largest balance first: C (¥2,000) before A (¥1,000) before B (¥300).
        Row(profile: MoneyProfiles.n24LargestFirst,
            own: 0, sharers: [.sharer("A", 1000, rank: 1), .sharer("B", 300, rank: 2), .sharer("C", 2000, rank: 3)],
            amount: 3100, ownPays: 0, sharersPay: [SharerPaid("C", 2000), SharerPaid("A", 1000), SharerPaid("B", 100)], cash: 0),
        // Same 支付顺位 and binding date: the ID number decides, never the order handed in.
        Row(profile: MoneyProfiles.n24,
            own: 0, sharers: [.sharer("B", 300, rank: 1, bound: "2026-01-01"), .sharer("A", 300, rank: 1, bound: "2026-01-01")],
            amount: 400, ownPays: 0, sharersPay: [SharerPaid("A", 300), SharerPaid("B", 100)], cash: 0),
        // Same 支付顺位: the relationship bound first pays first.
        Row(profile: MoneyProfiles.n24,
            own: 0, sharers: [.sharer("A", 300, rank: 1, bound: "2026-03-01"), .sharer("B", 300, rank: 1, bound: "2026-01-01")],
            amount: 400, ownPays: 0, sharersPay: [SharerPaid("B", 300), SharerPaid("A", 100)], cash: 0),
        // Everyone paid all they could: the rest is cash.
        Row(profile: MoneyProfiles.n24,
            own: 50, sharers: [.sharer("A", 100, rank: 1), .sharer("B", 200, rank: 2)],
            amount: 1000, ownPays: 50, sharersPay: [SharerPaid("A", 100), SharerPaid("B", 200)], cash: 650),
        // Retained minimum ¥1,000: A gives only what is above it.
        Row(profile: MoneyProfiles.n24Retained1000, own: 0, sharers: [.sharer("A", 1500)], amount: 800,
            ownPays: 0, sharersPay: [SharerPaid("A", 500)], cash: 300),
        // The same bill without the minimum: A pays it all.
        Row(profile: MoneyProfiles.n24, own: 0, sharers: [.sharer("A", 1500)], amount: 800,
            ownPays: 0, sharersPay: [SharerPaid("A", 800)], cash: 0),
        // Per-payment cap ¥300: each sharer gives at most ¥300 toward the bill.
        Row(profile: MoneyProfiles.n24Cap300,
            own: 0, sharers: [.sharer("A", 5000, rank: 1), .sharer("B", 5000, rank: 2)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 300), SharerPaid("B", 300)], cash: 400),
        // The own account is not capped.
        Row(profile: MoneyProfiles.n24Cap300, own: 900, sharers: [.sharer("A", 5000)], amount: 1000,
            ownPays: 900, sharersPay: [SharerPaid("A", 100)], cash: 0),
        // Carried-over part only (Shanghai-like): A's current-year money is not shared.
        Row(profile: MoneyProfiles.n24CarriedOverOnly, own: 0, sharers: [.sharer("A", 3000, carriedOver: 400)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 400)], cash: 600),
        // Whole account: the same sharer gives it all.
        Row(profile: MoneyProfiles.n24, own: 0, sharers: [.sharer("A", 3000, carriedOver: 400)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 1000)], cash: 0),
        // Retained minimum taken from the carried-over part when only that is shared.
        Row(profile: MoneyProfiles.n21Retained1000CarriedOver, own: 0, sharers: [.sharer("A", 5000, carriedOver: 1600)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 600)], cash: 400),
        // N26: the quota pays, the account behind it is never touched (ring-fenced).
        Row(profile: MoneyProfiles.n26, own: 0, sharers: [.sharer("A", 9000, quota: 700)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 700)], cash: 300),
        // N26 with several quotas, in 支付顺位.
        Row(profile: MoneyProfiles.n26,
            own: 100, sharers: [.sharer("A", 0, rank: 2, quota: 500), .sharer("B", 0, rank: 1, quota: 200)], amount: 1000,
            ownPays: 100, sharersPay: [SharerPaid("B", 200), SharerPaid("A", 500)], cash: 200),
        // N26, largest first compares the quotas, not the accounts behind them.
        Row(profile: MoneyProfiles.n26LargestFirst,
            own: 0, sharers: [.sharer("A", 9000, rank: 1, quota: 100), .sharer("B", 10, rank: 2, quota: 600)], amount: 650,
            ownPays: 0, sharersPay: [SharerPaid("B", 600), SharerPaid("A", 50)], cash: 0),
        // N26, binding order.
        Row(profile: MoneyProfiles.n26BindingOrder,
            own: 0, sharers: [.sharer("A", 0, rank: 1, bound: "2026-05-01", quota: 300), .sharer("B", 0, rank: 2, bound: "2026-02-01", quota: 300)],
            amount: 400, ownPays: 0, sharersPay: [SharerPaid("B", 300), SharerPaid("A", 100)], cash: 0),
        // N26 with a per-payment cap: the smaller of quota and cap.
        Row(profile: MoneyProfiles.n26Cap300, own: 0, sharers: [.sharer("A", 0, quota: 1000)], amount: 1000,
            ownPays: 0, sharersPay: [SharerPaid("A", 300)], cash: 700),
        // N26: the retained minimum was applied when the quota was set aside, not again at the bill.
        Row(profile: MoneyProfiles.n26Retained1000, own: 0, sharers: [.sharer("A", 0, quota: 400)], amount: 400,
            ownPays: 0, sharersPay: [SharerPaid("A", 400)], cash: 0),
        // A pharmacy bill goes the same way.
        Row(profile: MoneyProfiles.n24, own: 10, sharers: [.sharer("A", 100)], amount: 60, use: .pharmacy,
            ownPays: 10, sharersPay: [SharerPaid("A", 50)], cash: 0),
        // The bill is covered before C is reached: C is neither a payer nor passed over.
        Row(profile: MoneyProfiles.n24,
            own: 0, sharers: [.sharer("A", 100, rank: 1), .sharer("B", 0, rank: 2), .sharer("C", 900, rank: 3)], amount: 400,
            ownPays: 0, sharersPay: [SharerPaid("A", 100), SharerPaid("C", 300)], cash: 0, passedOver: ["B": .nothingShareable]),
    ]

    @Test(arguments: rows)
    func paysInOrder(_ row: Row) throws {
        let settlement = try Settlement.settle(
            MoneyCast.bill(row.amount, row.use), ownAccount: MoneyCast.ownAccount(row.own), sharers: row.sharers.map(\.position), profile: row.profile)
        #expect(settlement.ownAccountPaid == .yuan(row.ownPays))
        #expect(settlement.sharerPayments.map { SharerPaid(MoneyCast.name($0.sharer), fen: $0.amount.fen) } == row.sharersPay)
        #expect(settlement.cash == .yuan(row.cash))
        #expect(Dictionary(uniqueKeysWithValues: settlement.passedOver.map { (MoneyCast.name($0.sharer), $0.reason) }) == row.passedOver)
    }
}
