import Testing
@testable import FamilyAid

/// 退费 goes back by the route it came (DOMAIN.md). A partial refund gives back in the reverse of
/// the payment order: cash first, then the last sharer to pay, … the own account last; inside an
/// account the part drawn last goes back first (SettlementRefund's documentation says why).
struct RefundTests {
    /// Settles `amount` with the given accounts, then makes `refunds` one after another, each on
    /// the balances the one before left.
    static func settleAndRefund(
        profile: PolicyProfile, own: PersonalAccount, sharers: [SharerSpec], amount: Int64, refunds: [Money]
    ) throws -> (Settlement, [SettlementRefund]) {
        let settlement = try Settlement.settle(MoneyCast.bill(amount), ownAccount: own, sharers: sharers.map(\.position), profile: profile)
        var made: [SettlementRefund] = []
        var ownNow = settlement.ownAccountAfter
        var sharersNow = settlement.sharersAfter
        for (index, amount) in refunds.enumerated() {
            let refund = try settlement.refund(
                amount, number: "TF-\(index + 1)", date: People.today, after: made, ownAccount: ownNow, sharers: sharersNow)
            made.append(refund)
            ownNow = refund.ownAccountAfter
            sharersNow = refund.sharersAfter
        }
        return (settlement, made)
    }

    // MARK: Route and order

    struct RouteRow: Sendable, CustomTestStringConvertible {
        var profile: PolicyProfile
        var refunds: [Int64]
        var toCash: Int64
        var toSharers: [SharerPaid]
        var toOwn: Int64

        var testDescription: String {
            "\(profile.id): refunds \(refunds) → last one: cash \(toCash), \(toSharers), own \(toOwn)"
        }
    }

    /// A ¥500 bill paid ¥100 own account, ¥100 A (rank 1), ¥100 B (rank 2), ¥200 cash.
    static let routeSharersN24: [SharerSpec] = [.sharer("A", 100, rank: 1), .sharer("B", 100, rank: 2)]
    static let routeSharersN26: [SharerSpec] = [.sharer("A", 0, rank: 1, quota: 100), .sharer("B", 0, rank: 2, quota: 100)]

    static let routeRows: [RouteRow] = [
        RouteRow(profile: MoneyProfiles.n24, refunds: [150], toCash: 150, toSharers: [], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n24, refunds: [200], toCash: 200, toSharers: [], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n24, refunds: [250], toCash: 200, toSharers: [SharerPaid("B", 50)], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n24, refunds: [380], toCash: 200, toSharers: [SharerPaid("B", 100), SharerPaid("A", 80)], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n24, refunds: [500], toCash: 200, toSharers: [SharerPaid("B", 100), SharerPaid("A", 100)], toOwn: 100),
        RouteRow(profile: MoneyProfiles.n24, refunds: [150, 150], toCash: 50, toSharers: [SharerPaid("B", 100)], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n24, refunds: [250, 250], toCash: 0, toSharers: [SharerPaid("B", 50), SharerPaid("A", 100)], toOwn: 100),
        RouteRow(profile: MoneyProfiles.n24, refunds: [450, 50], toCash: 0, toSharers: [], toOwn: 50),
        RouteRow(profile: MoneyProfiles.n26, refunds: [380], toCash: 200, toSharers: [SharerPaid("B", 100), SharerPaid("A", 80)], toOwn: 0),
        RouteRow(profile: MoneyProfiles.n26, refunds: [300, 200], toCash: 0, toSharers: [SharerPaid("A", 100)], toOwn: 100),
    ]

    @Test(arguments: routeRows)
    func givesBackByTheRoute(_ row: RouteRow) throws {
        let sharers = row.profile.usesQuotas ? Self.routeSharersN26 : Self.routeSharersN24
        let (settlement, refunds) = try Self.settleAndRefund(
            profile: row.profile, own: MoneyCast.ownAccount(100), sharers: sharers, amount: 500, refunds: row.refunds.map(Money.yuan))
        #expect(settlement.cash == .yuan(200))
        let last = try #require(refunds.last)
        #expect(last.toCash == .yuan(row.toCash))
        #expect(last.toSharers.map { SharerPaid(MoneyCast.name($0.sharer), fen: $0.amount.fen) } == row.toSharers)
        #expect(last.toOwnAccount.total == .yuan(row.toOwn))
        // The ledger names the same route: from the hospital back to each account, quota or cash.
        for payment in last.toSharers {
            let account: LedgerAccount = row.profile.usesQuotas
                ? .quota(sharer: payment.sharer, member: MoneyCast.member) : .personalAccount(payment.sharer)
            #expect(last.ledger.netChange(of: account) == payment.amount)
        }
        #expect(last.ledger.netChange(of: .cash(MoneyCast.member)) == .yuan(row.toCash))
        #expect(last.ledger.netChange(of: .payee(.designatedHospital)) == -last.amount)
        #expect(last.ledger.entries.allSatisfy { $0.kind == .refund && $0.reference == .refund(bill: "JS-0001", refund: last.number) })
    }

    // MARK: Parts of an account

    struct PartsRow: Sendable, CustomTestStringConvertible {
        var label: String
        var profile: PolicyProfile
        var own: PersonalAccount
        var sharer: SharerSpec?
        var amount: Int64
        var refund: Int64
        /// The account (own, or the sharer's when there is one) after the settlement and after the refund.
        var afterSettlement: (balance: Int64, carriedOver: Int64)
        var afterRefund: (balance: Int64, carriedOver: Int64)

        var testDescription: String { "\(profile.id): \(label)" }
    }

    static let partsRows: [PartsRow] = [
        // The sharer paid ¥40 carried over, then ¥60 current-year: ¥30 back goes to current-year.
        PartsRow(label: "sharer: current-year part back first", profile: MoneyProfiles.n24, own: MoneyCast.ownAccount(0),
                 sharer: .sharer("A", 100, carriedOver: 40), amount: 100, refund: 30,
                 afterSettlement: (0, 0), afterRefund: (30, 0)),
        PartsRow(label: "sharer: then the carried-over part", profile: MoneyProfiles.n24, own: MoneyCast.ownAccount(0),
                 sharer: .sharer("A", 100, carriedOver: 40), amount: 100, refund: 80,
                 afterSettlement: (0, 0), afterRefund: (80, 20)),
        PartsRow(label: "sharer, carried-over only: all back to where it came from", profile: MoneyProfiles.n24CarriedOverOnly,
                 own: MoneyCast.ownAccount(0), sharer: .sharer("A", 500, carriedOver: 100), amount: 100, refund: 100,
                 afterSettlement: (400, 0), afterRefund: (500, 100)),
        // The member's own account paid ¥30 current-year, then ¥70 carried over: ¥50 back to carried-over.
        PartsRow(label: "own account: carried-over part back first", profile: MoneyProfiles.n24, own: MoneyCast.ownAccount(100, carriedOver: 70),
                 sharer: nil, amount: 100, refund: 50, afterSettlement: (0, 0), afterRefund: (50, 50)),
        PartsRow(label: "own account: then the current-year part", profile: MoneyProfiles.n24, own: MoneyCast.ownAccount(100, carriedOver: 70),
                 sharer: nil, amount: 100, refund: 90, afterSettlement: (0, 0), afterRefund: (90, 70)),
    ]

    @Test(arguments: partsRows)
    func restoresTheParts(_ row: PartsRow) throws {
        let (settlement, refunds) = try Self.settleAndRefund(
            profile: row.profile, own: row.own, sharers: row.sharer.map { [$0] } ?? [], amount: row.amount,
            refunds: [.yuan(row.refund)])
        let refund = try #require(refunds.first)
        let before = row.sharer == nil ? settlement.ownAccountAfter : try #require(settlement.sharersAfter.first).account
        let after = row.sharer == nil ? refund.ownAccountAfter : try #require(refund.sharersAfter.first).account
        #expect(before.balance == .yuan(row.afterSettlement.balance) && before.carriedOver == .yuan(row.afterSettlement.carriedOver))
        #expect(after.balance == .yuan(row.afterRefund.balance) && after.carriedOver == .yuan(row.afterRefund.carriedOver))
    }

    /// N26: when the quota was returned before the refund (the relationship ended, the position has
    /// no quota any more), the refund goes to the sharer's account, where the quota went.
    @Test(arguments: [true, false])
    func quotaRefundAfterTheRelationshipEnded(_ ended: Bool) throws {
        let settlement = try Settlement.settle(
            MoneyCast.bill(300), ownAccount: MoneyCast.ownAccount(0), sharers: [SharerSpec.sharer("A", 1000, quota: 300).position], profile: MoneyProfiles.n26)
        var position = try #require(settlement.sharersAfter.first)
        if ended { position.quotaRemaining = nil }
        let refund = try settlement.refund(
            .yuan(100), number: "TF-1", date: People.today, after: [], ownAccount: settlement.ownAccountAfter, sharers: [position])
        let after = try #require(refund.sharersAfter.first)
        #expect(after.account.balance == .yuan(ended ? 1100 : 1000))
        #expect(after.quotaRemaining == (ended ? nil : .yuan(100)))
        let route: LedgerAccount = ended ? .personalAccount(MoneyCast.id("A")) : .quota(sharer: MoneyCast.id("A"), member: MoneyCast.member)
        #expect(refund.ledger.netChange(of: route) == .yuan(100))
    }

    // MARK: Refusals

    struct ErrorRow: Sendable, CustomTestStringConvertible {
        var label: String
        var previous: [Int64]
        var amount: Money
        var number: String = "TF-9"
        var date: String = "2026-11-23"
        var ownHolder: String = "M"
        var dropSharers: Bool = false
        var otherBill: Bool = false
        var expected: RefundError?

        var testDescription: String { label }
    }

    static let errorRows: [ErrorRow] = [
        ErrorRow(label: "nothing", previous: [], amount: .zero, expected: .amountNotPositive(.zero)),
        ErrorRow(label: "negative", previous: [], amount: .yuan(-1), expected: .amountNotPositive(.yuan(-1))),
        ErrorRow(label: "more than the bill", previous: [], amount: Money(fen: 50_001),
                 expected: .exceedsRefundable(requested: Money(fen: 50_001), refundable: .yuan(500))),
        ErrorRow(label: "more than is left", previous: [300, 150], amount: Money(fen: 5_001),
                 expected: .exceedsRefundable(requested: Money(fen: 5_001), refundable: .yuan(50))),
        ErrorRow(label: "after everything was refunded", previous: [500], amount: Money(fen: 1),
                 expected: .exceedsRefundable(requested: Money(fen: 1), refundable: .zero)),
        ErrorRow(label: "exactly what is left", previous: [300, 150], amount: .yuan(50), expected: nil),
        ErrorRow(label: "before the bill", previous: [], amount: .yuan(10), date: "2026-11-22",
                 expected: .beforeBill(billDate: People.today, refundDate: People.date("2026-11-22"))),
        ErrorRow(label: "on the bill's day", previous: [], amount: .yuan(10), date: "2026-11-23", expected: nil),
        ErrorRow(label: "a refund number used twice", previous: [10], amount: .yuan(10), number: "TF-1",
                 expected: .refundNumberUsed("TF-1")),
        ErrorRow(label: "an earlier refund of another bill", previous: [10], amount: .yuan(10), otherBill: true,
                 expected: .refundOfAnotherBill("JS-0001")),
        ErrorRow(label: "someone else's own account", previous: [], amount: .yuan(10), ownHolder: "C",
                 expected: .ownAccountOfSomeoneElse(holder: MoneyCast.id("C"), member: MoneyCast.member)),
        ErrorRow(label: "a sharer the refund must reach is missing", previous: [], amount: .yuan(250), dropSharers: true,
                 expected: .sharerMissing(MoneyCast.id("B"))),
        ErrorRow(label: "sharers missing, refund reaches only cash", previous: [], amount: .yuan(200), dropSharers: true,
                 expected: nil),
    ]

    @Test(arguments: errorRows)
    func refuses(_ row: ErrorRow) throws {
        let (settlement, previous) = try Self.settleAndRefund(
            profile: MoneyProfiles.n24, own: MoneyCast.ownAccount(100), sharers: Self.routeSharersN24, amount: 500, refunds: row.previous.map(Money.yuan))
        var target = settlement
        if row.otherBill {
            var other = settlement.bill
            other.number = "JS-0002"
            target = try Settlement.settle(other, ownAccount: MoneyCast.ownAccount(100), sharers: Self.routeSharersN24.map(\.position), profile: MoneyProfiles.n24)
        }
        var own = previous.last?.ownAccountAfter ?? settlement.ownAccountAfter
        own.holder = MoneyCast.id(row.ownHolder)
        let sharers = row.dropSharers ? [] : (previous.last?.sharersAfter ?? settlement.sharersAfter)
        let result = Result { () throws(RefundError) in
            try target.refund(row.amount, number: row.number, date: People.date(row.date), after: previous, ownAccount: own, sharers: sharers)
        }
        switch (result, row.expected) {
        case (.failure(let error), let expected?): #expect(error == expected)
        case (.success(let refund), nil): #expect(refund.amount == row.amount)
        case (.failure(let error), nil): Issue.record("refused: \(error)")
        case (.success, let expected?): Issue.record("refunded; expected \(expected)")
        }
    }
}
