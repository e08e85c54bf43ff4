import Testing
@testable import FamilyAid

/// A sharer with nothing to give, or whose relationship does not allow the use, is passed over
/// and the bill falls through to the next sharer, then to cash (DOMAIN.md: "A sharer with zero
/// balance does not end the relationship; payment just falls through"). Each reason is reached
/// by a row, and a neighbouring row shows the same sharer paying when the reason is gone.
struct SettlementFallThroughTests {
    struct Row: Sendable, CustomTestStringConvertible {
        var profile: PolicyProfile
        var sharers: [SharerSpec]
        var amount: Int64
        var use: SharedUse = .hospitalSelfPay
        var passedOver: [String: PassOverReason]
        var payers: [SharerPaid]
        var cash: Int64

        var testDescription: String {
            "\(profile.id): \(sharers), bill ¥\(amount) \(use.rawValue) → passed over \(passedOver.sorted { $0.key < $1.key }), \(payers), cash \(cash)"
        }
    }

    static let hospitalOnly: Set<SharedUse> = [.hospitalSelfPay]
    static let pharmacyOnly: Set<SharedUse> = [.pharmacy]
    static let premiumsOnly: Set<SharedUse> = [.residentInsurancePremium, .longTermCarePremium]

    static let rows: [Row] = [
        Row(profile: MoneyProfiles.n24, sharers: [.sharer("A", 0, rank: 1), .sharer("B", 800, rank: 2)], amount: 500,
            passedOver: ["A": .nothingShareable], payers: [SharerPaid("B", 500)], cash: 0),
        Row(profile: MoneyProfiles.n24, sharers: [.sharer("A", 100, rank: 1), .sharer("B", 800, rank: 2)], amount: 500,
            passedOver: [:], payers: [SharerPaid("A", 100), SharerPaid("B", 400)], cash: 0),
        // At or below the retained minimum: nothing to give.
        Row(profile: MoneyProfiles.n24Retained1000, sharers: [.sharer("A", 1000, rank: 1), .sharer("B", 1800, rank: 2)], amount: 500,
            passedOver: ["A": .nothingShareable], payers: [SharerPaid("B", 500)], cash: 0),
        Row(profile: MoneyProfiles.n24Retained1000, sharers: [.sharer("A", 1001, rank: 1), .sharer("B", 1800, rank: 2)], amount: 500,
            passedOver: [:], payers: [SharerPaid("A", 1), SharerPaid("B", 499)], cash: 0),
        // Only current-year money where only the carried-over part is shared.
        Row(profile: MoneyProfiles.n24CarriedOverOnly, sharers: [.sharer("A", 2000, carriedOver: 0)], amount: 500,
            passedOver: ["A": .nothingShareable], payers: [], cash: 500),
        // The relationship allows pharmacy bills only.
        Row(profile: MoneyProfiles.n24, sharers: [.sharer("A", 900, rank: 1, uses: pharmacyOnly), .sharer("B", 900, rank: 2)], amount: 500,
            passedOver: ["A": .useNotAllowed], payers: [SharerPaid("B", 500)], cash: 0),
        Row(profile: MoneyProfiles.n24, sharers: [.sharer("A", 900, rank: 1, uses: pharmacyOnly), .sharer("B", 900, rank: 2)], amount: 500,
            use: .pharmacy, passedOver: [:], payers: [SharerPaid("A", 500)], cash: 0),
        Row(profile: MoneyProfiles.n21, sharers: [.sharer("A", 900, rank: 1, uses: hospitalOnly)], amount: 500, use: .pharmacy,
            passedOver: ["A": .useNotAllowed], payers: [], cash: 500),
        Row(profile: MoneyProfiles.n26, sharers: [.sharer("A", 900, uses: premiumsOnly, quota: 900)], amount: 500,
            passedOver: ["A": .useNotAllowed], payers: [], cash: 500),
        // N26: no quota assigned; the account behind it stays untouched however full.
        Row(profile: MoneyProfiles.n26, sharers: [.sharer("A", 9000, rank: 1), .sharer("B", 0, rank: 2, quota: 200)], amount: 500,
            passedOver: ["A": .noQuotaAssigned], payers: [SharerPaid("B", 200)], cash: 300),
        // N26: the quota is used up.
        Row(profile: MoneyProfiles.n26, sharers: [.sharer("A", 9000, rank: 1, quota: 0), .sharer("B", 0, rank: 2, quota: 800)], amount: 500,
            passedOver: ["A": .quotaUsedUp], payers: [SharerPaid("B", 500)], cash: 0),
        Row(profile: MoneyProfiles.n26, sharers: [.sharer("A", 9000, rank: 1, quota: 1), .sharer("B", 0, rank: 2, quota: 800)], amount: 500,
            passedOver: [:], payers: [SharerPaid("A", 1), SharerPaid("B", 499)], cash: 0),
        // A cap of nothing: the sharer is reached and gives nothing.
        Row(profile: MoneyProfiles.variant(MoneyProfiles.n24, "cap-0") { $0.perPaymentCap = .zero }, sharers: [.sharer("A", 900)], amount: 500,
            passedOver: ["A": .nothingShareable], payers: [], cash: 500),
        // Everyone passed over: all cash.
        Row(profile: MoneyProfiles.n24,
            sharers: [.sharer("A", 0, rank: 1), .sharer("B", 900, rank: 2, uses: pharmacyOnly), .sharer("C", 0, rank: 3)], amount: 500,
            passedOver: ["A": .nothingShareable, "B": .useNotAllowed, "C": .nothingShareable], payers: [], cash: 500),
    ]

    @Test(arguments: rows)
    func fallsThrough(_ row: Row) throws {
        let settlement = try Settlement.settle(
            MoneyCast.bill(row.amount, row.use), ownAccount: MoneyCast.ownAccount(0), sharers: row.sharers.map(\.position), profile: row.profile)
        #expect(Dictionary(uniqueKeysWithValues: settlement.passedOver.map { (MoneyCast.name($0.sharer), $0.reason) }) == row.passedOver)
        #expect(settlement.sharerPayments.map { SharerPaid(MoneyCast.name($0.sharer), fen: $0.amount.fen) } == row.payers)
        #expect(settlement.cash == .yuan(row.cash))
        // Passed over is never "ended": every position comes back, unchanged where it paid nothing.
        let after = Dictionary(uniqueKeysWithValues: settlement.sharersAfter.map { (MoneyCast.name($0.sharer), $0) })
        for spec in row.sharers where row.passedOver[spec.name] != nil {
            #expect(after[spec.name] == spec.position)
        }
    }

    /// Under N26 the account behind a quota is never drawn on by a bill, whatever it holds.
    @Test(arguments: [Int64(0), 1, 500, 1_000_000])
    func quotaIsRingFenced(_ accountYuan: Int64) throws {
        let sharer = SharerSpec.sharer("A", accountYuan, quota: 300)
        let settlement = try Settlement.settle(MoneyCast.bill(1000), ownAccount: MoneyCast.ownAccount(0), sharers: [sharer.position], profile: MoneyProfiles.n26)
        #expect(settlement.sharersAfter.first?.account == sharer.position.account)
        #expect(settlement.sharersAfter.first?.quotaRemaining == .zero)
        #expect(settlement.cash == .yuan(700))
    }
}
