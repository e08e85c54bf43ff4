/// Why a bill cannot be settled as handed in. Each is a mistake in the input, never a
/// shortage of money (a shortage falls through to cash).
public enum SettlementError: Error, Hashable, Sendable {
    /// A bill of nothing, or of less.
    case amountNotPositive(Money)
    /// Contributions are paid through `PremiumPayment`, not as a bill.
    case notABillUse(SharedUse)
    /// The own account handed in belongs to someone other than the bill's member.
    case ownAccountOfSomeoneElse(holder: ResidentID, member: ResidentID)
    /// The member appears among their own sharers.
    case memberAmongSharers(ResidentID)
    case sharerListedTwice(ResidentID)
    /// An account, its carried-over part or a quota is below zero.
    case negativeBalance(ResidentID)
    /// A quota handed in under an edition that has none (before N26).
    case quotaOutsideN26(sharer: ResidentID, edition: PolicyEdition)
}

/// Why a refund cannot be made.
public enum RefundError: Error, Hashable, Sendable {
    case amountNotPositive(Money)
    /// More than the part of the bill not yet refunded.
    case exceedsRefundable(requested: Money, refundable: Money)
    /// A refund dated before the bill it refunds.
    case beforeBill(billDate: CivilDate, refundDate: CivilDate)
    /// An earlier refund handed in belongs to another bill.
    case refundOfAnotherBill(String)
    /// A refund number already used for this bill.
    case refundNumberUsed(String)
    case ownAccountOfSomeoneElse(holder: ResidentID, member: ResidentID)
    /// A sharer the refund must reach is not among the positions handed in.
    case sharerMissing(ResidentID)
}
