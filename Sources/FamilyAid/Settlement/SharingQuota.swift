/// N26's 共济额度: a sharer sets part of the account aside for one member. While assigned it is
/// ring-fenced: it has left the sharer's account (the sharer cannot spend it), bills and
/// contributions for that member draw on it, and when the relationship ends the unused part goes
/// back to the account (DOMAIN.md, "What shared money pays"; "Lifecycle of a relationship").
/// Before N26 there are no quotas; a profile's per-payment cap limits each bill instead.
public enum SharingQuota {
    /// Sets `amount` aside from `account` (the sharer's) for `member`. A second assignment to the
    /// same member adds to the quota. Only the shareable part above the retained minimum may be
    /// set aside, and it comes out of the carried-over part first, as shared money does.
    public static func assign(
        _ amount: Money, from account: PersonalAccount, to member: ResidentID, on date: CivilDate, profile: PolicyProfile
    ) throws(QuotaError) -> QuotaAssignment {
        guard profile.usesQuotas else { throw .noQuotasInEdition(profile.edition) }
        guard amount.isPositive else { throw .amountNotPositive(amount) }
        guard account.holder != member else { throw .sharerIsMember(member) }
        let shareable = account.shareableAmount(under: profile)
        guard amount <= shareable else { throw .exceedsShareable(requested: amount, shareable: shareable) }
        let (after, draw) = account.drawing(amount, order: .carriedOverFirst)
        let sharer = account.holder
        return QuotaAssignment(
            sharer: sharer, member: member, date: date, draw: draw, accountAfter: after,
            ledger: LedgerTransaction(
                kind: .quotaAssigned, date: date, reference: .quota(sharer: sharer, member: member),
                movements: [LedgerMovement(from: .personalAccount(sharer), to: .quota(sharer: sharer, member: member), amount: amount)]))
    }

    /// Gives the `unused` quota back to the sharer's `account` when the relationship ends
    /// (whoever ends it, or automatically). `assignments` are every assignment of this quota; the
    /// money goes back to the parts it came from, the part drawn last first: what the member
    /// spent counts as spent from the carried-over part first, as shared money always is.
    public static func returnUnused(
        _ unused: Money, of assignments: [QuotaAssignment], to account: PersonalAccount, on date: CivilDate
    ) throws(QuotaError) -> QuotaReturn {
        guard !unused.isNegative else { throw .negativeUnused(unused) }
        guard let first = assignments.first else { throw .nothingAssigned }
        for assignment in assignments where assignment.sharer != first.sharer || assignment.member != first.member {
            throw .assignmentsOfDifferentQuotas
        }
        guard account.holder == first.sharer else { throw .accountOfSomeoneElse(holder: account.holder, sharer: first.sharer) }
        let assigned = AccountDraw(
            carriedOver: assignments.map(\.draw.carriedOver).sum(), currentYear: assignments.map(\.draw.currentYear).sum(),
            order: .carriedOverFirst)
        guard unused <= assigned.total else { throw .exceedsAssigned(unused: unused, assigned: assigned.total) }
        let back = assigned.lastPart(unused)
        return QuotaReturn(
            sharer: first.sharer, member: first.member, date: date, returned: back, accountAfter: account.restoring(back),
            ledger: LedgerTransaction(
                kind: .quotaReturned, date: date, reference: .quota(sharer: first.sharer, member: first.member),
                movements: [LedgerMovement(from: .quota(sharer: first.sharer, member: first.member), to: .personalAccount(first.sharer), amount: unused)]))
    }
}

/// A quota set aside: how much, from which parts of the sharer's account.
public struct QuotaAssignment: Hashable, Sendable, Codable {
    public let sharer: ResidentID
    public let member: ResidentID
    public let date: CivilDate
    public let draw: AccountDraw
    /// The sharer's account with the quota taken out.
    public let accountAfter: PersonalAccount
    public let ledger: LedgerTransaction

    public var amount: Money { draw.total }
}

/// The unused quota given back when a relationship ends.
public struct QuotaReturn: Hashable, Sendable, Codable {
    public let sharer: ResidentID
    public let member: ResidentID
    public let date: CivilDate
    /// What went back, to which part of the account.
    public let returned: AccountDraw
    public let accountAfter: PersonalAccount
    public let ledger: LedgerTransaction
}

/// Why a quota cannot be assigned or returned.
public enum QuotaError: Error, Hashable, Sendable {
    /// Quotas exist from N26 on.
    case noQuotasInEdition(PolicyEdition)
    case amountNotPositive(Money)
    /// More than the shareable part of the account above the retained minimum.
    case exceedsShareable(requested: Money, shareable: Money)
    case sharerIsMember(ResidentID)
    case negativeUnused(Money)
    /// No assignment of the quota handed in.
    case nothingAssigned
    /// More unused quota than was ever assigned.
    case exceedsAssigned(unused: Money, assigned: Money)
    case assignmentsOfDifferentQuotas
    case accountOfSomeoneElse(holder: ResidentID, sharer: ResidentID)
}
