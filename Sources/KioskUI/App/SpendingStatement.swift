import FamilyAid

/// The periods 消费明细 offers, one digit each on the PIN pad; each ends today.
public enum SpendingRange: String, Hashable, Sendable, CaseIterable {
    case thisMonth, lastThreeMonths, thisYear

    /// The first and last day of the period, as of `today`.
    public func dates(today: CivilDate) -> (from: CivilDate, to: CivilDate) {
        switch self {
        case .thisMonth:
            return (CivilDate(year: today.year, month: today.month, day: 1)!, today)
        case .lastThreeMonths:
            let months = today.year * 12 + today.month - 1 - 2
            return (CivilDate(year: months / 12, month: months % 12 + 1, day: 1)!, today)
        case .thisYear:
            return (CivilDate(year: today.year, month: 1, day: 1)!, today)
        }
    }
}

/// One line of 消费明细 as the kiosk shows it: shared money that left (or came back to) a
/// sharer's account or quota for a member, with the other person's name for masking.
public struct SpendingLine: Hashable, Sendable {
    public var date: CivilDate
    public var kind: LedgerEntryKind
    public var reference: LedgerReference
    /// The other person: the member on the sharer's list, the sharer on the member's.
    public var other: ResidentID
    public var otherName: PersonName?
    /// Positive: paid; negative: given back by a refund.
    public var amount: Money
    public var fromQuota: Bool

    public init(
        date: CivilDate, kind: LedgerEntryKind, reference: LedgerReference, other: ResidentID, otherName: PersonName?,
        amount: Money, fromQuota: Bool
    ) {
        self.date = date
        self.kind = kind
        self.reference = reference
        self.other = other
        self.otherName = otherName
        self.amount = amount
        self.fromQuota = fromQuota
    }

    public var otherLabel: String { otherName?.masked ?? other.masked }
}

/// A refund of one of the resident's own bills, whole: where the money went back.
public struct RefundLine: Hashable, Sendable {
    public var date: CivilDate
    public var billNumber: String
    public var refundNumber: String
    public var amount: Money
    /// Back to the sharers' accounts or quotas, to the member's own account, and in cash.
    public var toSharers: Money
    public var toOwnAccount: Money
    public var toCash: Money

    public init(
        date: CivilDate, billNumber: String, refundNumber: String, amount: Money, toSharers: Money, toOwnAccount: Money, toCash: Money
    ) {
        self.date = date
        self.billNumber = billNumber
        self.refundNumber = refundNumber
        self.amount = amount
        self.toSharers = toSharers
        self.toOwnAccount = toOwnAccount
        self.toCash = toCash
    }
}

/// 消费明细 for one period: what the resident's account paid for others, what others' accounts
/// paid for the resident, and the refunds of the resident's bills.
public struct SpendingStatement: Hashable, Sendable {
    public var from: CivilDate
    public var to: CivilDate
    public var paidByMe: [SpendingLine]
    public var paidForMe: [SpendingLine]
    public var refunds: [RefundLine]

    public init(from: CivilDate, to: CivilDate, paidByMe: [SpendingLine], paidForMe: [SpendingLine], refunds: [RefundLine]) {
        self.from = from
        self.to = to
        self.paidByMe = paidByMe
        self.paidForMe = paidForMe
        self.refunds = refunds
    }
}

/// Where 消费明细 stands in the session: the period chosen, the statement once read, the page.
public struct SpendingView: Hashable, Sendable {
    public var range = SpendingRange.thisMonth
    public var statement: SpendingStatement?
    public var page = 0
    public var loadFailed = false

    public init() {}
}
