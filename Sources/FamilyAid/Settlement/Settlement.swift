/// A member's bill, paid (DOMAIN.md, "What shared money pays, and in what order"): the member's
/// own personal account first, then the sharers in the profile's order, each within what it may
/// give, then cash.
///
/// Each sharer gives at most: under N26 the quota still unused for this member (ring-fenced:
/// the sharer's account itself is never touched by a bill), otherwise the shareable part of the
/// account above the retained minimum; and never more than the profile's per-payment cap, where
/// one is set. A sharer whose relationship does not allow the bill's use, or who has nothing to
/// give, is passed over and the bill falls through; nobody's relationship changes.
///
/// The result holds every payment, the new balances and quotas, and the ledger transaction. It is
/// also the record a refund (`refund(_:number:date:after:ownAccount:sharers:)`) reverses.
public struct Settlement: Hashable, Sendable, Codable {
    public let bill: Bill
    /// The profile that settled the bill, kept so that history is never re-judged.
    public let profileID: String
    public let profileVersion: Int
    /// What the member's own account paid, part by part (current-year money first).
    public let ownAccountDraw: AccountDraw
    /// The sharers who paid, in the order they paid; nobody with a zero payment.
    public let sharerPayments: [SharerPayment]
    /// Sharers the bill reached who paid nothing, in order. Sharers after the bill was covered
    /// are in neither list.
    public let passedOver: [PassedOverSharer]
    /// What the accounts did not cover: the member pays it themselves.
    public let cash: Money
    /// The member's own account after the bill.
    public let ownAccountAfter: PersonalAccount
    /// Every sharer position handed in, after the bill, in payment order.
    public let sharersAfter: [SharerPosition]
    public let ledger: LedgerTransaction

    public var ownAccountPaid: Money { ownAccountDraw.total }
    public var sharersPaid: Money { sharerPayments.map(\.amount).sum() }

    /// Settles `bill`. `ownAccount` is the member's personal account (`PersonalAccount.none` for
    /// a member without one); `sharers` are the member's sharers in any order. Refuses only
    /// inconsistent input; a shortage of shared money is never an error, it falls to cash.
    public static func settle(
        _ bill: Bill, ownAccount: PersonalAccount, sharers: [SharerPosition], profile: PolicyProfile
    ) throws(SettlementError) -> Settlement {
        try validate(bill, ownAccount: ownAccount, sharers: sharers, profile: profile)
        guard let payee = Bill.payee(for: bill.use) else { throw .notABillUse(bill.use) }
        let to = LedgerAccount.payee(payee)
        var remaining = bill.amount
        var movements: [LedgerMovement] = []

        // 1. The member's own account: everything in it, current-year money first.
        let (ownAfter, ownDraw) = ownAccount.drawing(min(remaining, max(.zero, ownAccount.balance)), order: .currentYearFirst)
        remaining = remaining - ownDraw.total
        movements.append(LedgerMovement(from: .personalAccount(bill.member), to: to, amount: ownDraw.total))

        // 2. The sharers, in the profile's order, until the bill is covered.
        var payments: [SharerPayment] = []
        var passedOver: [PassedOverSharer] = []
        var after: [SharerPosition] = []
        for position in profile.sharerOrder.arrange(sharers, under: profile) {
            guard remaining.isPositive else { after.append(position); continue }
            if let reason = passOverReason(position, use: bill.use, profile: profile) {
                passedOver.append(PassedOverSharer(sharer: position.sharer, reason: reason))
                after.append(position)
                continue
            }
            var amount = min(remaining, position.available(under: profile))
            if let cap = profile.perPaymentCap { amount = min(amount, max(.zero, cap)) }
            guard amount.isPositive else {
                // Only a cap of zero gets here: the sharer has money but may give none of it.
                passedOver.append(PassedOverSharer(sharer: position.sharer, reason: .nothingShareable))
                after.append(position)
                continue
            }
            var updated = position
            let source: PaymentSource
            if profile.usesQuotas {
                updated.quotaRemaining = (position.quotaRemaining ?? .zero) - amount
                source = .quota(amount)
                movements.append(LedgerMovement(from: .quota(sharer: position.sharer, member: bill.member), to: to, amount: amount))
            } else {
                let (account, draw) = position.account.drawing(amount, order: .carriedOverFirst)
                updated.account = account
                source = .account(draw)
                movements.append(LedgerMovement(from: .personalAccount(position.sharer), to: to, amount: amount))
            }
            payments.append(SharerPayment(sharer: position.sharer, source: source))
            after.append(updated)
            remaining = remaining - amount
        }

        // 3. Cash: whatever is left.
        movements.append(LedgerMovement(from: .cash(bill.member), to: to, amount: remaining))
        return Settlement(
            bill: bill, profileID: profile.id, profileVersion: profile.version,
            ownAccountDraw: ownDraw, sharerPayments: payments, passedOver: passedOver, cash: remaining,
            ownAccountAfter: ownAfter, sharersAfter: after,
            ledger: LedgerTransaction(kind: .settlement, date: bill.date, reference: .bill(bill.number), movements: movements))
    }

    /// Why `position` pays nothing toward a bill of `use`, or nil when it can pay something.
    static func passOverReason(_ position: SharerPosition, use: SharedUse, profile: PolicyProfile) -> PassOverReason? {
        guard position.allows(use, under: profile) else { return .useNotAllowed }
        if profile.usesQuotas {
            guard let quota = position.quotaRemaining else { return .noQuotaAssigned }
            return quota.isPositive ? nil : .quotaUsedUp
        }
        return position.account.shareableAmount(under: profile).isPositive ? nil : .nothingShareable
    }

    private static func validate(
        _ bill: Bill, ownAccount: PersonalAccount, sharers: [SharerPosition], profile: PolicyProfile
    ) throws(SettlementError) {
        guard bill.amount.isPositive else { throw .amountNotPositive(bill.amount) }
        guard ownAccount.holder == bill.member else {
            throw .ownAccountOfSomeoneElse(holder: ownAccount.holder, member: bill.member)
        }
        if ownAccount.balance.isNegative || ownAccount.carriedOver.isNegative { throw .negativeBalance(bill.member) }
        var seen: Set<ResidentID> = []
        for position in sharers {
            if position.sharer == bill.member { throw .memberAmongSharers(bill.member) }
            guard seen.insert(position.sharer).inserted else { throw .sharerListedTwice(position.sharer) }
            if position.account.balance.isNegative || position.account.carriedOver.isNegative
                || (position.quotaRemaining?.isNegative ?? false) {
                throw .negativeBalance(position.sharer)
            }
            if !profile.usesQuotas, position.quotaRemaining != nil {
                throw .quotaOutsideN26(sharer: position.sharer, edition: profile.edition)
            }
        }
    }
}
