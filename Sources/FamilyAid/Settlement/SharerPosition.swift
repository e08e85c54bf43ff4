/// One sharer of a member, as settlement sees them: their account, what the relationship allows,
/// under N26 the quota set aside for this member, and the keys that place them in the order.
/// Plain values: whoever keeps the relationships fills them in.
public struct SharerPosition: Hashable, Sendable, Codable {
    /// The sharer's personal account (`holder` is the sharer).
    public var account: PersonalAccount
    /// What this relationship lets the sharer's money pay (intersected with the profile's
    /// `sharedUses`).
    public var allowedUses: Set<SharedUse>
    /// N26: the 共济额度 still unused for this member; nil when none is assigned. Must be nil
    /// outside N26, where there are no quotas.
    public var quotaRemaining: Money?
    /// The 支付顺位 set by the member or the sharers: 1 pays first.
    public var paymentRank: Int
    /// The day the relationship was bound (approved), for the binding order.
    public var boundOn: CivilDate

    public init(
        account: PersonalAccount, allowedUses: Set<SharedUse> = Set(SharedUse.allCases),
        quotaRemaining: Money? = nil, paymentRank: Int, boundOn: CivilDate
    ) {
        self.account = account
        self.allowedUses = allowedUses
        self.quotaRemaining = quotaRemaining
        self.paymentRank = paymentRank
        self.boundOn = boundOn
    }

    public var sharer: ResidentID { account.holder }

    /// Whether this sharer's money may pay `use` under `profile` (the edition's uses and the
    /// relationship's).
    public func allows(_ use: SharedUse, under profile: PolicyProfile) -> Bool {
        allowedUses.contains(use) && profile.sharedUses.contains(use)
    }

    /// What this sharer could pay toward one bill before the per-payment cap: under N26 the
    /// quota (ring-fenced, so the account itself is never touched), otherwise the shareable part
    /// of the account above the retained minimum.
    public func available(under profile: PolicyProfile) -> Money {
        if profile.usesQuotas { return max(.zero, quotaRemaining ?? .zero) }
        return account.shareableAmount(under: profile)
    }
}

extension SharerOrder {
    /// `sharers` in the order they pay under this setting. Ties fall back to the other keys and
    /// finally to the ID number, so the order never depends on how the list was handed in.
    ///
    /// - `userSet`: 支付顺位 ascending, then binding date.
    /// - `bindingOrder`: binding date ascending (the first bound pays first), then 支付顺位.
    /// - `largestBalanceFirst`: what each could pay (`available`, the quota under N26) descending,
    ///   then binding date: the member's bill is met with as few sharers as possible.
    public func arrange(_ sharers: [SharerPosition], under profile: PolicyProfile) -> [SharerPosition] {
        sharers.sorted { a, b in
            let ka = keys(a, profile), kb = keys(b, profile)
            if ka.0 != kb.0 { return ka.0 < kb.0 }
            if ka.1 != kb.1 { return ka.1 < kb.1 }
            return a.sharer.number < b.sharer.number
        }
    }

    private func keys(_ position: SharerPosition, _ profile: PolicyProfile) -> (Int64, Int64) {
        let rank = Int64(position.paymentRank)
        let bound = Int64(position.boundOn.daysSinceEpoch)
        switch self {
        case .userSet: return (rank, bound)
        case .bindingOrder: return (bound, rank)
        case .largestBalanceFirst: return (-position.available(under: profile).fen, bound)
        }
    }
}
