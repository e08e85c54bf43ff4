import Testing
@testable import FamilyAid

/// The shareable part of an account, and which part of it a payment takes: shared money the
/// carried-over part first, the holder's own bills the current-year part first.
struct PersonalAccountTests {
    struct ShareableRow: Sendable, CustomTestStringConvertible {
        var balance: Int64
        var carriedOver: Int64
        var shareable: ShareableBalance
        var retained: Int64?
        var expected: Int64

        var testDescription: String {
            "¥\(balance) (carried ¥\(carriedOver)) \(shareable.rawValue) retained \(retained.map(String.init) ?? "-") → ¥\(expected)"
        }
    }

    @Test(arguments: [
        ShareableRow(balance: 5000, carriedOver: 1200, shareable: .wholeAccount, retained: nil, expected: 5000),
        ShareableRow(balance: 5000, carriedOver: 1200, shareable: .carriedOverOnly, retained: nil, expected: 1200),
        ShareableRow(balance: 5000, carriedOver: 1200, shareable: .wholeAccount, retained: 1000, expected: 4000),
        ShareableRow(balance: 5000, carriedOver: 1200, shareable: .carriedOverOnly, retained: 1000, expected: 200),
        ShareableRow(balance: 800, carriedOver: 800, shareable: .wholeAccount, retained: 1000, expected: 0),
        ShareableRow(balance: 800, carriedOver: 2000, shareable: .carriedOverOnly, retained: nil, expected: 800),
        ShareableRow(balance: 0, carriedOver: 0, shareable: .wholeAccount, retained: nil, expected: 0),
    ])
    func shareableAmount(_ row: ShareableRow) {
        let person = People.person(balance: .yuan(row.balance), carriedOver: .yuan(row.carriedOver))
        let account = PersonalAccount(person)
        let retained = row.retained.map(Money.yuan)
        #expect(account.shareableAmount(shareable: row.shareable, minimumRetained: retained) == .yuan(row.expected))
        // The home menu's verdict reads the account the same way.
        #expect(SharerStanding.shareableAmount(of: person, shareable: row.shareable, minimumRetained: retained ?? .zero) == .yuan(row.expected))
    }

    struct DrawRow: Sendable, CustomTestStringConvertible {
        var order: DrawOrder
        var amount: Int64
        var carriedOver: Int64
        var currentYear: Int64

        var testDescription: String { "\(order.rawValue) ¥\(amount) from ¥1,000 (¥300 carried) → carried \(carriedOver), current \(currentYear)" }
    }

    /// From ¥1,000 of which ¥300 carried over.
    @Test(arguments: [
        DrawRow(order: .carriedOverFirst, amount: 200, carriedOver: 200, currentYear: 0),
        DrawRow(order: .carriedOverFirst, amount: 500, carriedOver: 300, currentYear: 200),
        DrawRow(order: .currentYearFirst, amount: 500, carriedOver: 0, currentYear: 500),
        DrawRow(order: .currentYearFirst, amount: 900, carriedOver: 200, currentYear: 700),
        DrawRow(order: .currentYearFirst, amount: 1000, carriedOver: 300, currentYear: 700),
    ])
    func drawsInOrder(_ row: DrawRow) {
        let account = PersonalAccount(holder: MoneyCast.member, balance: .yuan(1000), carriedOver: .yuan(300))
        let (after, draw) = account.drawing(.yuan(row.amount), order: row.order)
        #expect(draw == AccountDraw(carriedOver: .yuan(row.carriedOver), currentYear: .yuan(row.currentYear), order: row.order))
        #expect(after.balance == .yuan(1000 - row.amount) && after.carriedOver == .yuan(300 - row.carriedOver))
        #expect(after.restoring(draw) == account)
    }
}
