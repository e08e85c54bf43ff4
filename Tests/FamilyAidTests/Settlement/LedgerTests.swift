import Testing
@testable import FamilyAid

/// Every movement produces ledger entries: a balanced pair per movement, naming the account the
/// money left and the one it reached, with the kind, date and the bill it belongs to.
struct LedgerTests {
    struct Entry: Hashable, Sendable, CustomStringConvertible {
        var account: LedgerAccount
        var yuan: Int64

        init(_ account: LedgerAccount, _ yuan: Int64) {
            self.account = account
            self.yuan = yuan
        }

        var description: String { "\(account) \(yuan)" }
    }

    struct Row: Sendable, CustomTestStringConvertible {
        var profile: PolicyProfile
        var use: SharedUse
        var expected: [Entry]

        var testDescription: String { "\(profile.id) \(use.rawValue)" }
    }

    static let m = MoneyCast.member, a = MoneyCast.id("A"), b = MoneyCast.id("B")
    static let hospital = LedgerAccount.payee(.designatedHospital)
    static let pharmacy = LedgerAccount.payee(.designatedPharmacy)

    /// A ¥500 bill: ¥100 own account, ¥100 A, ¥100 B, ¥200 cash.
    static let rows: [Row] = [
        Row(profile: MoneyProfiles.n24, use: .hospitalSelfPay, expected: [
            Entry(.personalAccount(m), -100), Entry(hospital, 100),
            Entry(.personalAccount(a), -100), Entry(hospital, 100),
            Entry(.personalAccount(b), -100), Entry(hospital, 100),
            Entry(.cash(m), -200), Entry(hospital, 200),
        ]),
        Row(profile: MoneyProfiles.n21, use: .pharmacy, expected: [
            Entry(.personalAccount(m), -100), Entry(pharmacy, 100),
            Entry(.personalAccount(a), -100), Entry(pharmacy, 100),
            Entry(.personalAccount(b), -100), Entry(pharmacy, 100),
            Entry(.cash(m), -200), Entry(pharmacy, 200),
        ]),
        Row(profile: MoneyProfiles.n26, use: .hospitalSelfPay, expected: [
            Entry(.personalAccount(m), -100), Entry(hospital, 100),
            Entry(.quota(sharer: a, member: m), -100), Entry(hospital, 100),
            Entry(.quota(sharer: b, member: m), -100), Entry(hospital, 100),
            Entry(.cash(m), -200), Entry(hospital, 200),
        ]),
    ]

    @Test(arguments: rows)
    func settlementEntries(_ row: Row) throws {
        let quota: Int64? = row.profile.usesQuotas ? 100 : nil
        let sharers: [SharerSpec] = [.sharer("A", quota == nil ? 100 : 0, rank: 1, quota: quota),
                                     .sharer("B", quota == nil ? 100 : 0, rank: 2, quota: quota)]
        let settlement = try Settlement.settle(
            MoneyCast.bill(500, row.use, number: "JS-77", date: "2026-11-20"), ownAccount: MoneyCast.ownAccount(100), sharers: sharers.map(\.position),
            profile: row.profile)
        let entries = settlement.ledger.entries
        #expect(entries.map { Entry($0.account, $0.change.fen / 100) } == row.expected)
        #expect(entries.allSatisfy { $0.kind == .settlement && $0.date == People.date("2026-11-20") && $0.reference == .bill("JS-77") })
        #expect(entries.isBalanced)
    }

    /// Nothing moved, nothing written: a bill the own account covers has one pair, not four.
    @Test func noEntriesForNothing() throws {
        let settlement = try Settlement.settle(MoneyCast.bill(50), ownAccount: MoneyCast.ownAccount(100), sharers: [SharerSpec.sharer("A", 100).position],
                                               profile: MoneyProfiles.n24)
        #expect(settlement.ledger.entries.map { Entry($0.account, $0.change.fen / 100) } == [
            Entry(.personalAccount(Self.m), -50), Entry(Self.hospital, 50),
        ])
    }

    struct MovementRow: Sendable, CustomTestStringConvertible {
        var amount: Int64
        var expected: [Entry]
        var testDescription: String { "movement of \(amount)" }
    }

    /// A transaction is built from movements only: a movement of nothing leaves no entry, a
    /// negative one is the opposite movement; whatever is handed in, the entries balance.
    @Test(arguments: [
        MovementRow(amount: 30, expected: [Entry(.cash(m), -30), Entry(hospital, 30)]),
        MovementRow(amount: 0, expected: []),
        MovementRow(amount: -30, expected: [Entry(hospital, -30), Entry(.cash(m), 30)]),
    ])
    func movements(_ row: MovementRow) {
        let transaction = LedgerTransaction(
            kind: .settlement, date: People.today, reference: .bill("X"),
            movements: [LedgerMovement(from: .cash(Self.m), to: Self.hospital, amount: .yuan(row.amount))])
        #expect(transaction.entries.map { Entry($0.account, $0.change.fen / 100) } == row.expected)
        #expect(transaction.entries.isBalanced)
    }

    /// `isBalanced` does tell: entries that do not sum to zero are caught.
    @Test func unbalancedEntriesAreCaught() {
        let entry = LedgerEntry(account: .cash(Self.m), change: .yuan(1), kind: .refund, date: People.today, reference: .bill("X"))
        #expect(![entry].isBalanced)
        #expect([entry, LedgerEntry(account: Self.hospital, change: .yuan(-1), kind: .refund, date: People.today, reference: .bill("X"))].isBalanced)
    }
}
