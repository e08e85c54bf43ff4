import Testing
@testable import FamilyAid

/// The verdict the home menu shows after sign-in: who may share, and how much.
@Suite("Sharer standing")
struct SharerStandingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let person: InsuredPerson
        var shareable: ShareableBalance = .wholeAccount
        var minimumRetained: Money = .zero
        let expected: SharerStanding
        let why: String
        var testDescription: String { why }
    }

    static let rows: [Row] = [
        Row(person: People.person(), expected: .mayShare(shareable: .yuan(5000)), why: "employee, active, ¥5,000"),
        Row(person: People.person(insurance: .resident), expected: .cannotShare(.residentInsurance),
            why: "城乡居民医保 has no personal account"),
        Row(person: People.person(insurance: .none), expected: .cannotShare(.notInsured), why: "not insured"),
        Row(person: People.person(status: .suspended), expected: .cannotShare(.accountSuspended(.suspended)), why: "断缴"),
        Row(person: People.person(status: .frozen), expected: .cannotShare(.accountSuspended(.frozen)), why: "冻结"),
        Row(person: People.person(balance: .zero), expected: .cannotShare(.nothingShareable), why: "an empty account"),
        Row(person: People.person(balance: Money(fen: 1)), expected: .mayShare(shareable: Money(fen: 1)), why: "one fen"),
        Row(person: People.person(balance: .yuan(3000), carriedOver: .zero), shareable: .carriedOverOnly,
            expected: .cannotShare(.nothingShareable), why: "历年账户 only, nothing carried over"),
        Row(person: People.person(balance: .yuan(3000), carriedOver: .yuan(1200)), shareable: .carriedOverOnly,
            expected: .mayShare(shareable: .yuan(1200)), why: "历年账户 only: the carried-over part"),
        Row(person: People.person(balance: .yuan(3000), carriedOver: .zero), shareable: .wholeAccount,
            expected: .mayShare(shareable: .yuan(3000)), why: "whole account, nothing carried over"),
        Row(person: People.person(balance: .yuan(800), carriedOver: .yuan(1200)), shareable: .carriedOverOnly,
            expected: .mayShare(shareable: .yuan(800)), why: "never more than the account holds"),
        Row(person: People.person(balance: .yuan(5000)), minimumRetained: .yuan(1000),
            expected: .mayShare(shareable: .yuan(4000)), why: "¥1,000 kept back"),
        Row(person: People.person(balance: .yuan(1000)), minimumRetained: .yuan(1000),
            expected: .cannotShare(.nothingShareable), why: "exactly the retained minimum"),
        Row(person: People.person(balance: .yuan(999)), minimumRetained: .yuan(1000),
            expected: .cannotShare(.nothingShareable), why: "below the retained minimum"),
        Row(person: People.person(balance: Money(fen: 100_001)), minimumRetained: .yuan(1000),
            expected: .mayShare(shareable: Money(fen: 1)), why: "one fen above the retained minimum"),
        Row(person: People.person(balance: .yuan(5000), carriedOver: .yuan(1500)), shareable: .carriedOverOnly,
            minimumRetained: .yuan(1000), expected: .mayShare(shareable: .yuan(500)), why: "carried over, less the minimum"),
        Row(person: People.person(status: .suspended, balance: .zero), expected: .cannotShare(.accountSuspended(.suspended)),
            why: "status is said before money"),
        Row(person: People.person(insurance: .resident, status: .frozen), expected: .cannotShare(.residentInsurance),
            why: "the kind of insurance is said before status"),
    ]

    @Test("Each verdict", arguments: rows)
    func assess(row: Row) {
        let standing = SharerStanding.assess(row.person, shareable: row.shareable, minimumRetained: row.minimumRetained)
        #expect(standing == row.expected)
        let expectedMayShare: Bool = if case .mayShare = row.expected { true } else { false }
        #expect(standing.mayShare == expectedMayShare)
    }

    @Test("The shareable amount, never below zero", arguments: [
        (Money.yuan(5000), Money.yuan(2000), ShareableBalance.wholeAccount, Money.yuan(0), Money.yuan(5000)),
        (.yuan(5000), .yuan(2000), .carriedOverOnly, .yuan(0), .yuan(2000)),
        (.yuan(5000), .yuan(2000), .carriedOverOnly, .yuan(2500), .zero),
        (.yuan(500), .yuan(500), .wholeAccount, .yuan(1000), .zero),
    ])
    func amount(balance: Money, carriedOver: Money, shareable: ShareableBalance, minimum: Money, expected: Money) {
        let person = People.person(balance: balance, carriedOver: carriedOver)
        #expect(SharerStanding.shareableAmount(of: person, shareable: shareable, minimumRetained: minimum) == expected)
    }
}
