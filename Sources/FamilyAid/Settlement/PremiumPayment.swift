/// 家庭共济缴费: a sharer pays a member's personal contribution for a coverage year from their
/// account (DOMAIN.md, "What shared money pays"; the premium-payment setting).
///
/// Allowed only for the 城乡居民医保 contribution of a member who holds resident insurance, and
/// under N26 also for the 长期护理保险 contribution (the profile's `sharedUses`); only on a day
/// inside that year's window (`PremiumEntry`, which may cross the year end); for exactly that
/// year's amount, paid whole by one sharer (a contribution is never split between sharers and
/// cash); once per member, kind and year. Never a 职工医保 contribution: a member with employee
/// insurance is refused (DOMAIN.md, "Never"). Under N26 it draws on the quota for the member;
/// otherwise on the shareable part of the account above the retained minimum. The per-payment
/// cap limits bills at hospitals and pharmacies, not contributions, so it does not apply here.
public enum PremiumPayment {
    /// Pays `request` from `sharer`, or says exactly why not. Refusals come in the order a person
    /// can act on them: what may be paid at all, for whom, when, how much, whether it is already
    /// paid, and only then whether the money is there.
    public static func pay(
        _ request: PremiumRequest, from sharer: SharerPosition, profile: PolicyProfile, alreadyPaid: [PaidPremium]
    ) throws(PremiumRefusal) -> PremiumReceipt {
        let use = request.kind.sharedUse
        guard request.member != sharer.sharer else { throw .sharerIsMember }
        guard profile.sharedUses.contains(use) else { throw .kindNotShared(request.kind, edition: profile.edition) }
        guard sharer.allowedUses.contains(use) else { throw .notAllowedByRelationship(request.kind) }
        guard request.memberInsurance == .resident else { throw .memberNotResidentInsured(request.memberInsurance) }
        guard let entry = profile.premiums.first(where: { $0.kind == request.kind && $0.coverageYear == request.coverageYear }) else {
            throw .noPremiumEntry(request.kind, coverageYear: request.coverageYear)
        }
        guard entry.isOpen(on: request.date) else {
            throw .outsideWindow(opens: entry.opens, closes: entry.closes, date: request.date)
        }
        guard request.amount == entry.amount else { throw .wrongAmount(expected: entry.amount, offered: request.amount) }
        if let paid = alreadyPaid.first(where: {
            $0.member == request.member && $0.kind == request.kind && $0.coverageYear == request.coverageYear
        }) {
            throw .alreadyPaid(paid)
        }

        let payee = LedgerAccount.payee(request.kind.payee)
        var after = sharer
        let source: PaymentSource
        let from: LedgerAccount
        if profile.usesQuotas {
            guard let quota = sharer.quotaRemaining else { throw .noQuotaAssigned }
            guard entry.amount <= quota else { throw .insufficientFunds(needed: entry.amount, available: max(.zero, quota)) }
            after.quotaRemaining = quota - entry.amount
            source = .quota(entry.amount)
            from = .quota(sharer: sharer.sharer, member: request.member)
        } else {
            let available = sharer.account.shareableAmount(under: profile)
            guard entry.amount <= available else { throw .insufficientFunds(needed: entry.amount, available: available) }
            let (account, draw) = sharer.account.drawing(entry.amount, order: .carriedOverFirst)
            after.account = account
            source = .account(draw)
            from = .personalAccount(sharer.sharer)
        }
        let paid = PaidPremium(
            member: request.member, sharer: sharer.sharer, kind: request.kind, coverageYear: request.coverageYear,
            amount: entry.amount, date: request.date)
        return PremiumReceipt(
            paid: paid, source: source, sharerAfter: after, profileID: profile.id, profileVersion: profile.version,
            ledger: LedgerTransaction(
                kind: .premium, date: request.date,
                reference: .premium(member: request.member, kind: request.kind, coverageYear: request.coverageYear),
                movements: [LedgerMovement(from: from, to: payee, amount: entry.amount)]))
    }
}

/// What the sharer asks to pay: the member's contribution of `kind` for `coverageYear`, of the
/// amount the kiosk showed, on `date`.
public struct PremiumRequest: Hashable, Sendable, Codable {
    public var member: ResidentID
    /// The member's insurance as the registry has it.
    public var memberInsurance: InsuranceKind
    public var kind: PremiumKind
    public var coverageYear: Int
    public var amount: Money
    public var date: CivilDate

    public init(member: ResidentID, memberInsurance: InsuranceKind, kind: PremiumKind = .residentMedical,
                coverageYear: Int, amount: Money, date: CivilDate) {
        self.member = member
        self.memberInsurance = memberInsurance
        self.kind = kind
        self.coverageYear = coverageYear
        self.amount = amount
        self.date = date
    }
}

/// A contribution paid: what later payments are checked against, so a year is never paid twice.
public struct PaidPremium: Hashable, Sendable, Codable {
    public var member: ResidentID
    public var sharer: ResidentID
    public var kind: PremiumKind
    public var coverageYear: Int
    public var amount: Money
    public var date: CivilDate

    public init(member: ResidentID, sharer: ResidentID, kind: PremiumKind, coverageYear: Int, amount: Money, date: CivilDate) {
        self.member = member
        self.sharer = sharer
        self.kind = kind
        self.coverageYear = coverageYear
        self.amount = amount
        self.date = date
    }
}

/// The outcome of a contribution paid: the record, where the money came from, the sharer's
/// position after it, and the ledger transaction.
public struct PremiumReceipt: Hashable, Sendable, Codable {
    public let paid: PaidPremium
    public let source: PaymentSource
    public let sharerAfter: SharerPosition
    public let profileID: String
    public let profileVersion: Int
    public let ledger: LedgerTransaction
}

/// Why a contribution cannot be paid from a sharer's account, with the values the kiosk says.
public enum PremiumRefusal: Error, Hashable, Sendable {
    /// The sharer named the member as themselves.
    case sharerIsMember
    /// The edition does not let shared money pay this kind (long-term care before N26).
    case kindNotShared(PremiumKind, edition: PolicyEdition)
    /// The relationship does not allow paying this kind.
    case notAllowedByRelationship(PremiumKind)
    /// Only a member with 城乡居民医保 pays a personal contribution this way.
    case memberNotResidentInsured(InsuranceKind)
    /// The profile lists no contribution of this kind for the year.
    case noPremiumEntry(PremiumKind, coverageYear: Int)
    /// `date` is outside the window from `opens` to `closes` (both included).
    case outsideWindow(opens: CivilDate, closes: CivilDate, date: CivilDate)
    /// The year's contribution is fixed; anything else is refused.
    case wrongAmount(expected: Money, offered: Money)
    /// This member's contribution of this kind for this year is already paid.
    case alreadyPaid(PaidPremium)
    /// N26: the sharer has assigned no quota to this member.
    case noQuotaAssigned
    /// The quota (N26) or the shareable part above the retained minimum is less than the amount.
    case insufficientFunds(needed: Money, available: Money)
}

extension PremiumKind {
    /// The use of shared money this contribution is.
    public var sharedUse: SharedUse {
        switch self {
        case .residentMedical: .residentInsurancePremium
        case .longTermCare: .longTermCarePremium
        }
    }

    var payee: Payee {
        switch self {
        case .residentMedical: .residentInsuranceFund
        case .longTermCare: .longTermCareFund
        }
    }
}
