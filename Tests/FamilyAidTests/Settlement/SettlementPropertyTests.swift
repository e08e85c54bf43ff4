import Testing
import TestSupport
@testable import FamilyAid

/// Properties of settlement and refunds over hundreds of random bills, accounts and profiles
/// (issue 3: money is conserved, no account goes below its floor, no quota is exceeded, a refund
/// restores balances exactly). A failure names its seed; `MoneyGenerator.scenario` with that
/// seed rebuilds the case.
struct SettlementPropertyTests {
    static let seeds: ClosedRange<UInt64> = 1...600

    static func positions(_ list: [SharerPosition]) -> [ResidentID: SharerPosition] {
        Dictionary(uniqueKeysWithValues: list.map { ($0.sharer, $0) })
    }

    /// Each position as "balance/carried-over q quota", keyed by the ID number's last four
    /// characters: compared whole, and short enough to read when a property fails.
    static func summary(_ list: [SharerPosition]) -> [String: String] {
        Dictionary(uniqueKeysWithValues: list.map { position in
            (String(position.sharer.number.suffix(4)),
             "\(summary(position.account)) q \(position.quotaRemaining?.yuanText ?? "-") #\(position.paymentRank) \(position.boundOn) \(position.allowedUses.count) uses")
        })
    }

    static func summary(_ account: PersonalAccount) -> String {
        "\(account.holder.number.suffix(4)) \(account.balance.yuanText)/\(account.carriedOver.yuanText)"
    }

    /// Own + sharers + cash = bill; nobody pays a negative amount.
    @Test func moneyIsConserved() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            #expect(settlement.ownAccountPaid + settlement.sharersPaid + settlement.cash == s.bill.amount, "seed \(seed): \(s)")
            #expect(!settlement.cash.isNegative && !settlement.ownAccountPaid.isNegative, "seed \(seed): \(s)")
            #expect(settlement.sharerPayments.allSatisfy { $0.amount.isPositive }, "seed \(seed): \(s)")
        }
    }

    /// No account below its floor, no quota exceeded, no cap exceeded, carried-over-only regions
    /// never touch current-year money, and N26 never touches the account behind a quota.
    @Test func floorsQuotasAndCapsHold() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            let context = "seed \(seed): \(s)"
            let own = settlement.ownAccountAfter
            #expect(!own.balance.isNegative && !own.carriedOver.isNegative, "\(context)")
            #expect(own.balance == s.own.balance - settlement.ownAccountPaid, "\(context)")
            let before = Self.positions(s.sharers)
            let paid = Dictionary(uniqueKeysWithValues: settlement.sharerPayments.map { ($0.sharer, $0.amount) })
            #expect(settlement.sharersAfter.count == s.sharers.count, "\(context)")
            for after in settlement.sharersAfter {
                let old = try #require(before[after.sharer])
                let amount = paid[after.sharer] ?? .zero
                if let cap = s.profile.perPaymentCap { #expect(amount <= max(.zero, cap), "\(context)") }
                if amount.isPositive { #expect(old.allows(s.bill.use, under: s.profile), "\(context)") }
                if s.profile.usesQuotas {
                    #expect(after.account == old.account, "ring-fenced; \(context)")
                    #expect(amount <= (old.quotaRemaining ?? .zero), "\(context)")
                    #expect(after.quotaRemaining.map { !$0.isNegative } ?? true, "\(context)")
                    #expect(after.quotaRemaining == old.quotaRemaining.map { $0 - amount }, "\(context)")
                } else {
                    let floor = s.profile.minimumRetained ?? .zero
                    if amount.isPositive { #expect(after.account.balance >= floor, "\(context)") }
                    #expect(after.account.balance == old.account.balance - amount, "\(context)")
                    #expect(!after.account.carriedOver.isNegative, "\(context)")
                    #expect(amount <= old.account.shareableAmount(under: s.profile), "\(context)")
                    if s.profile.shareable == .carriedOverOnly {
                        #expect(after.account.currentYear == old.account.currentYear, "current-year money untouched; \(context)")
                    }
                }
            }
        }
    }

    /// The order is kept and nothing falls to cash while someone earlier could still pay: every
    /// sharer before the last payer gave all they could (own account, then each in order), and
    /// cash is paid only when everyone is exhausted.
    @Test func laterPaysOnlyWhenEarlierIsExhausted() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            let context = "seed \(seed): \(s)"
            let order = s.profile.sharerOrder.arrange(s.sharers, under: s.profile)
            let paid = Dictionary(uniqueKeysWithValues: settlement.sharerPayments.map { ($0.sharer, $0.amount) })
            #expect(settlement.sharerPayments.map(\.sharer) == order.map(\.sharer).filter { paid[$0] != nil }, "\(context)")
            let lastPayerIndex = order.lastIndex { paid[$0.sharer] != nil }
            if settlement.sharersPaid != .zero || settlement.cash.isPositive {
                #expect(settlement.ownAccountPaid == s.own.balance, "own account first; \(context)")
            }
            for (index, position) in order.enumerated() {
                let full = Self.mostThatCouldBePaid(position, s.profile, use: s.bill.use)
                let exhausted = (paid[position.sharer] ?? .zero) == full
                if let last = lastPayerIndex, index < last { #expect(exhausted, "\(context)") }
                if settlement.cash.isPositive { #expect(exhausted, "\(context)") }
            }
        }
    }

    static func mostThatCouldBePaid(_ position: SharerPosition, _ profile: PolicyProfile, use: SharedUse) -> Money {
        guard position.allows(use, under: profile) else { return .zero }
        let available = position.available(under: profile)
        return profile.perPaymentCap.map { min(available, max(.zero, $0)) } ?? available
    }

    /// The ledger balances and agrees with the balances: each account's net change is its
    /// balance change, the payee received the bill, the member's cash paid the cash part.
    @Test func ledgerAgreesWithBalances() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            let context = "seed \(seed): \(s)"
            let ledger = settlement.ledger
            #expect(ledger.entries.isBalanced, "\(context)")
            let payee: LedgerAccount = .payee(s.bill.use == .pharmacy ? .designatedPharmacy : .designatedHospital)
            #expect(ledger.netChange(of: payee) == s.bill.amount, "\(context)")
            #expect(ledger.netChange(of: .cash(MoneyCast.member)) == -settlement.cash, "\(context)")
            #expect(ledger.netChange(of: .personalAccount(MoneyCast.member)) == settlement.ownAccountAfter.balance - s.own.balance, "\(context)")
            let before = Self.positions(s.sharers)
            for after in settlement.sharersAfter {
                let old = try #require(before[after.sharer])
                #expect(ledger.netChange(of: .personalAccount(after.sharer)) == after.account.balance - old.account.balance, "\(context)")
                #expect(ledger.netChange(of: .quota(sharer: after.sharer, member: MoneyCast.member))
                        == (after.quotaRemaining ?? .zero) - (old.quotaRemaining ?? .zero), "\(context)")
            }
        }
    }

    /// Refunding the whole bill at once restores every balance, carried-over part and quota
    /// exactly, and the two ledger transactions cancel out.
    @Test func fullRefundRestoresEverything() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            let refund = try settlement.refund(
                s.bill.amount, number: "TF-1", date: People.today, after: [],
                ownAccount: settlement.ownAccountAfter, sharers: settlement.sharersAfter)
            let context = "seed \(seed): \(s)"
            #expect(Self.summary(refund.ownAccountAfter) == Self.summary(s.own), "\(context)")
            #expect(Self.summary(refund.sharersAfter) == Self.summary(s.sharers), "\(context)")
            let all = settlement.ledger.entries + refund.ledger.entries
            #expect(all.isBalanced, "\(context)")
            let touched = Set(all.map(\.account))
            for account in touched {
                #expect(all.filter { $0.account == account }.map(\.change).sum() == .zero, "\(account); \(context)")
            }
        }
    }

    /// Refunds in random pieces: never more than is left (one fen more is refused with the exact
    /// amount left), never more back to a source than it paid, each leaving the accounts as a
    /// bill smaller by everything refunded would have; the last piece restores everything.
    @Test func partialRefundsNeverOverRefund() throws {
        for seed in Self.seeds {
            var g = SeededGenerator(seed: seed)
            let s = MoneyGenerator.scenario(&g)
            let context = "seed \(seed): \(s)"
            let settlement = try Settlement.settle(s.bill, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
            var made: [SettlementRefund] = []
            var own = settlement.ownAccountAfter
            var sharers = settlement.sharersAfter
            while settlement.refundable(after: made).isPositive {
                let left = settlement.refundable(after: made)
                #expect(throws: RefundError.exceedsRefundable(requested: left + Money(fen: 1), refundable: left), "\(context)") {
                    try settlement.refund(left + Money(fen: 1), number: "TF-X", date: People.today, after: made, ownAccount: own, sharers: sharers)
                }
                let piece = MoneyGenerator.chance(25, &g) ? left : Money(fen: Int64.random(in: 1...left.fen, using: &g))
                let refund = try settlement.refund(
                    piece, number: "TF-\(made.count + 1)", date: People.today, after: made, ownAccount: own, sharers: sharers)
                #expect(refund.toCash + refund.toSharers.map(\.amount).sum() + refund.toOwnAccount.total == piece, "\(context)")
                #expect(refund.ledger.entries.isBalanced, "\(context)")
                made.append(refund)
                own = refund.ownAccountAfter
                sharers = refund.sharersAfter

                // Never more back to a source than it paid.
                #expect(made.map(\.toCash).sum() <= settlement.cash, "\(context)")
                #expect(made.map(\.toOwnAccount.total).sum() <= settlement.ownAccountPaid, "\(context)")
                for payment in settlement.sharerPayments {
                    let back = made.flatMap(\.toSharers).filter { $0.sharer == payment.sharer }.map(\.amount).sum()
                    #expect(back <= payment.amount, "\(context)")
                }

                // As if the bill had been smaller from the start.
                let refunded = made.map(\.amount).sum()
                if refunded < s.bill.amount {
                    var smaller = s.bill
                    smaller.amount = s.bill.amount - refunded
                    let reference = try Settlement.settle(smaller, ownAccount: s.own, sharers: s.sharers, profile: s.profile)
                    #expect(Self.summary(own) == Self.summary(reference.ownAccountAfter), "\(context)")
                    #expect(Self.summary(sharers) == Self.summary(reference.sharersAfter), "\(context)")
                }
            }
            #expect(Self.summary(own) == Self.summary(s.own), "\(context)")
            #expect(Self.summary(sharers) == Self.summary(s.sharers), "\(context)")
        }
    }
}
