/// A refund (退费) of a settled bill, whole or in part, given back by the route the money came
/// (DOMAIN.md): to the accounts and quotas that paid, and to the member's cash.
///
/// A partial refund gives back in the reverse of the payment order: the cash first, then the
/// last sharer to pay, … then the first, and the member's own account last; inside each
/// account the part drawn last goes back first. After the refund every account therefore stands
/// exactly as if the bill had been that much smaller from the start, which is what a resident
/// expects when a returned medicine makes the bill smaller: the money that would not have been
/// spent is the money that comes back, the out-of-pocket part first. (A proportional split would
/// hand back fractions of a fen and move money a smaller bill would never have touched.)
/// Refunding everything restores every balance and quota exactly.
public struct SettlementRefund: Hashable, Sendable, Codable {
    /// The refund's own number (退费单号).
    public let number: String
    public let billNumber: String
    public let date: CivilDate
    public let amount: Money
    /// Given back to the member's cash.
    public let toCash: Money
    /// Given back to each sharer, in the order given back (the reverse of the payment order).
    public let toSharers: [SharerPayment]
    /// Given back to the member's own account, part by part.
    public let toOwnAccount: AccountDraw
    public let ownAccountAfter: PersonalAccount
    /// Every sharer position handed in, after the refund, in the order handed in.
    public let sharersAfter: [SharerPosition]
    public let ledger: LedgerTransaction
}

extension Settlement {
    /// What is left to refund after the `previous` refunds of this bill.
    public func refundable(after previous: [SettlementRefund]) -> Money {
        bill.amount - previous.map(\.amount).sum()
    }

    /// Refunds `amount` of this bill. `previous` are the refunds of this bill already made;
    /// `ownAccount` and `sharers` are the member's and sharers' positions now (they may have
    /// moved since the bill). A sharer who paid under N26 gets the money back into the quota for
    /// this member; when that quota has since been returned (the relationship ended, so the
    /// position has none), the money goes to the sharer's account, where the quota went.
    public func refund(
        _ amount: Money, number: String, date: CivilDate, after previous: [SettlementRefund],
        ownAccount: PersonalAccount, sharers: [SharerPosition]
    ) throws(RefundError) -> SettlementRefund {
        guard amount.isPositive else { throw .amountNotPositive(amount) }
        guard date >= bill.date else { throw .beforeBill(billDate: bill.date, refundDate: date) }
        for earlier in previous {
            guard earlier.billNumber == bill.number else { throw .refundOfAnotherBill(earlier.billNumber) }
            guard earlier.number != number else { throw .refundNumberUsed(number) }
        }
        let refundable = refundable(after: previous)
        guard amount <= refundable else { throw .exceedsRefundable(requested: amount, refundable: refundable) }
        guard ownAccount.holder == bill.member else {
            throw .ownAccountOfSomeoneElse(holder: ownAccount.holder, member: bill.member)
        }

        let from = LedgerAccount.payee(Bill.payee(for: bill.use) ?? .designatedHospital)
        var left = amount
        var movements: [LedgerMovement] = []

        // Cash first.
        let cashLeft = cash - previous.map(\.toCash).sum()
        let toCash = min(left, cashLeft)
        left = left - toCash
        movements.append(LedgerMovement(from: from, to: .cash(bill.member), amount: toCash))

        // Then the sharers, last payer first.
        var positions = sharers
        var toSharers: [SharerPayment] = []
        for payment in sharerPayments.reversed() where left.isPositive {
            let unrefunded = previous.flatMap(\.toSharers)
                .filter { $0.sharer == payment.sharer }
                .reduce(payment.source) { $0.removing($1.source) }
            let part = unrefunded.lastPart(left)
            guard part.amount.isPositive else { continue }
            guard let index = positions.firstIndex(where: { $0.sharer == payment.sharer }) else {
                throw .sharerMissing(payment.sharer)
            }
            switch part {
            case .quota(let back):
                if let quota = positions[index].quotaRemaining {
                    positions[index].quotaRemaining = quota + back
                    movements.append(LedgerMovement(from: from, to: .quota(sharer: payment.sharer, member: bill.member), amount: back))
                } else {
                    let draw = AccountDraw(carriedOver: .zero, currentYear: back, order: .carriedOverFirst)
                    positions[index].account = positions[index].account.restoring(draw)
                    movements.append(LedgerMovement(from: from, to: .personalAccount(payment.sharer), amount: back))
                }
            case .account(let draw):
                positions[index].account = positions[index].account.restoring(draw)
                movements.append(LedgerMovement(from: from, to: .personalAccount(payment.sharer), amount: draw.total))
            }
            toSharers.append(SharerPayment(sharer: payment.sharer, source: part))
            left = left - part.amount
        }

        // The member's own account last.
        let ownUnrefunded = previous.map(\.toOwnAccount).reduce(ownAccountDraw) { $0.removing($1) }
        let toOwn = ownUnrefunded.lastPart(left)
        movements.append(LedgerMovement(from: from, to: .personalAccount(bill.member), amount: toOwn.total))

        return SettlementRefund(
            number: number, billNumber: bill.number, date: date, amount: amount,
            toCash: toCash, toSharers: toSharers, toOwnAccount: toOwn,
            ownAccountAfter: ownAccount.restoring(toOwn), sharersAfter: positions,
            ledger: LedgerTransaction(
                kind: .refund, date: date, reference: .refund(bill: bill.number, refund: number), movements: movements))
    }
}
