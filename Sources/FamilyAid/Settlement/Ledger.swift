/// Where money sits or goes. Every movement of shared money names the account it leaves and the
/// one it reaches, so the store can show a resident exactly who paid what for whom.
public enum LedgerAccount: Hashable, Sendable, Codable {
    /// Someone's 个人账户 (a sharer's, or the member's own).
    case personalAccount(ResidentID)
    /// N26's ring-fenced 共济额度 a sharer set aside for one member. A sharer and a member have at
    /// most one relationship in force at a time, so the pair names it.
    case quota(sharer: ResidentID, member: ResidentID)
    /// Whoever is paid: the hospital, the pharmacy, an insurance fund.
    case payee(Payee)
    /// The member's own money outside the insurance (cash, bank card, mobile payment): what the
    /// accounts did not cover. Its balance in the ledger is what the member paid out of pocket.
    case cash(ResidentID)
}

/// Who receives a payment of shared money.
public enum Payee: String, Hashable, Sendable, Codable, CaseIterable {
    /// 定点医疗机构.
    case designatedHospital
    /// 定点零售药店.
    case designatedPharmacy
    /// The 城乡居民医保 fund that collects the member's personal contribution.
    case residentInsuranceFund
    /// The 长期护理保险 fund (N26).
    case longTermCareFund
}

/// Why money moved.
public enum LedgerEntryKind: String, Hashable, Sendable, Codable, CaseIterable {
    /// A bill at a hospital or pharmacy paid (own account, sharers, cash).
    case settlement
    /// A settled bill (or part of it) given back by the route it came.
    case refund
    /// A member's contribution paid from a sharer's account (家庭共济缴费).
    case premium
    /// N26: a sharer set part of the account aside for a member.
    case quotaAssigned
    /// N26: the unused quota given back when the relationship ends.
    case quotaReturned
}

/// What caused a transaction: the store keeps it beside the entries so every entry leads back to
/// a bill, a refund, a premium or a relationship.
public enum LedgerReference: Hashable, Sendable, Codable {
    /// A hospital's or pharmacy's settlement number (结算单号).
    case bill(String)
    /// A refund (退费) of a bill: the bill's number and the refund's own number.
    case refund(bill: String, refund: String)
    /// A member's contribution for a coverage year.
    case premium(member: ResidentID, kind: PremiumKind, coverageYear: Int)
    /// The quota of one relationship, named by its sharer and member.
    case quota(sharer: ResidentID, member: ResidentID)
}

/// One posting: the change to one account's balance.
///
/// Convention (double entry as signed amounts): a positive `change` adds to the account, a
/// negative one takes from it. Money only moves, it is never made or lost, so the entries of one
/// transaction always sum to zero. For a payee the balance is what it received; for `cash` it is
/// minus what the member paid out of pocket.
public struct LedgerEntry: Hashable, Sendable, Codable {
    public var account: LedgerAccount
    public var change: Money
    public var kind: LedgerEntryKind
    public var date: CivilDate
    public var reference: LedgerReference

    public init(account: LedgerAccount, change: Money, kind: LedgerEntryKind, date: CivilDate, reference: LedgerReference) {
        self.account = account
        self.change = change
        self.kind = kind
        self.date = date
        self.reference = reference
    }
}

/// One movement of money: `amount` (positive) from one account to another.
public struct LedgerMovement: Hashable, Sendable, Codable {
    public var from: LedgerAccount
    public var to: LedgerAccount
    public var amount: Money

    public init(from: LedgerAccount, to: LedgerAccount, amount: Money) {
        self.from = from
        self.to = to
        self.amount = amount
    }
}

/// The entries of one settlement, refund, premium or quota change: each movement becomes a
/// balanced pair (taken from one account, added to the other). Movements of nothing are left
/// out, and a negative amount is read as the opposite movement. Built only from movements, so a
/// transaction always balances.
public struct LedgerTransaction: Hashable, Sendable, Codable {
    public let kind: LedgerEntryKind
    public let date: CivilDate
    public let reference: LedgerReference
    public let movements: [LedgerMovement]

    public init(kind: LedgerEntryKind, date: CivilDate, reference: LedgerReference, movements: [LedgerMovement]) {
        self.kind = kind
        self.date = date
        self.reference = reference
        self.movements = movements.compactMap { movement in
            if movement.amount.isPositive { return movement }
            if movement.amount.isNegative { return LedgerMovement(from: movement.to, to: movement.from, amount: -movement.amount) }
            return nil
        }
    }

    /// The postings, two per movement, in the order the money moved.
    public var entries: [LedgerEntry] {
        movements.flatMap { movement in
            [
                LedgerEntry(account: movement.from, change: -movement.amount, kind: kind, date: date, reference: reference),
                LedgerEntry(account: movement.to, change: movement.amount, kind: kind, date: date, reference: reference),
            ]
        }
    }

    /// The net change of `account` in this transaction.
    public func netChange(of account: LedgerAccount) -> Money {
        entries.filter { $0.account == account }.map(\.change).sum()
    }
}

extension Sequence where Element == LedgerEntry {
    /// Whether the entries sum to zero: true of every transaction's entries.
    public var isBalanced: Bool { map(\.change).sum() == .zero }
}
