/// What one sharer paid toward a bill (or what a refund gave back to them), and from where.
public struct SharerPayment: Hashable, Sendable, Codable {
    public var sharer: ResidentID
    public var source: PaymentSource

    public init(sharer: ResidentID, source: PaymentSource) {
        self.sharer = sharer
        self.source = source
    }

    public var amount: Money { source.amount }
}

/// Where a sharer's payment came from: N26's quota for this member, or (outside N26) the
/// sharer's personal account, part by part.
public enum PaymentSource: Hashable, Sendable, Codable {
    case quota(Money)
    case account(AccountDraw)

    public var amount: Money {
        switch self {
        case .quota(let amount): amount
        case .account(let draw): draw.total
        }
    }

    /// The last `amount` of this payment: what a refund gives back first.
    func lastPart(_ amount: Money) -> PaymentSource {
        switch self {
        case .quota(let paid): .quota(max(.zero, min(amount, paid)))
        case .account(let draw): .account(draw.lastPart(amount))
        }
    }

    /// This payment less `part`, which was given back; a part from another source is ignored.
    func removing(_ part: PaymentSource) -> PaymentSource {
        switch (self, part) {
        case (.quota(let paid), .quota(let back)): .quota(paid - back)
        case (.account(let draw), .account(let back)): .account(draw.removing(back))
        default: self
        }
    }
}

/// Why a sharer reached in the order paid nothing toward a bill. None of these ends the
/// relationship: the payment just falls through to the next sharer, then to cash (DOMAIN.md,
/// "What shared money pays").
public enum PassOverReason: String, Hashable, Sendable, Codable, CaseIterable {
    /// The relationship (or the edition) does not let this sharer's money pay the bill's use.
    case useNotAllowed
    /// N26: the sharer has assigned no quota to this member.
    case noQuotaAssigned
    /// N26: the quota for this member is used up.
    case quotaUsedUp
    /// The account holds nothing shareable: zero, only current-year money where only the
    /// carried-over part is shared, or no more than the retained minimum.
    case nothingShareable
}

/// A sharer the bill reached who paid nothing, and why: the kiosk shows it beside the payments.
public struct PassedOverSharer: Hashable, Sendable, Codable {
    public var sharer: ResidentID
    public var reason: PassOverReason

    public init(sharer: ResidentID, reason: PassOverReason) {
        self.sharer = sharer
        self.reason = reason
    }
}
