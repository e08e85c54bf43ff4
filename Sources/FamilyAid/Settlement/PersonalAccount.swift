/// One person's 个人账户 as the settlement rules see it: the whole balance and its 历年账户 part
/// (carried over from earlier years). Plain values, taken from the registry's `InsuredPerson`
/// or from the store; the rules return new values instead of changing anything.
public struct PersonalAccount: Hashable, Sendable, Codable {
    public var holder: ResidentID
    /// The whole account.
    public var balance: Money
    /// The 历年账户 part of `balance`. Where the registry reports more than the whole balance,
    /// only the balance counts (as `SharerStanding.shareableAmount` reads it).
    public var carriedOver: Money

    public init(holder: ResidentID, balance: Money, carriedOver: Money) {
        self.holder = holder
        self.balance = balance
        self.carriedOver = carriedOver
    }

    /// Someone with no personal account (城乡居民医保, or uninsured): nothing to pay from.
    public static func none(_ holder: ResidentID) -> PersonalAccount {
        PersonalAccount(holder: holder, balance: .zero, carriedOver: .zero)
    }

    /// The registry's account of `person`.
    public init(_ person: InsuredPerson) {
        self.init(holder: person.id, balance: person.accountBalance, carriedOver: person.carriedOverBalance)
    }

    /// The carried-over part that really is in the account.
    public var effectiveCarriedOver: Money { max(.zero, min(carriedOver, balance)) }

    /// The current-year part: the balance less its carried-over part.
    public var currentYear: Money { max(.zero, balance - effectiveCarriedOver) }

    /// What may go to members: the whole account or its carried-over part, less the retained
    /// minimum, zero at the least. `SharerStanding` asks this too, so the home menu's "may share
    /// ¥X" and what settlement draws never disagree.
    public func shareableAmount(shareable: ShareableBalance, minimumRetained: Money?) -> Money {
        let base = switch shareable {
        case .wholeAccount: balance
        case .carriedOverOnly: effectiveCarriedOver
        }
        return max(.zero, base - (minimumRetained ?? .zero))
    }

    /// The shareable amount under `profile`'s settings.
    public func shareableAmount(under profile: PolicyProfile) -> Money {
        shareableAmount(shareable: profile.shareable, minimumRetained: profile.minimumRetained)
    }

    /// Takes `amount` out of the account, from the parts in `order`, and says how much came from
    /// each so that a refund can put it back where it was. The caller has checked that the amount
    /// is available; a draw never takes more than the balance (`amount` is clipped to it).
    func drawing(_ amount: Money, order: DrawOrder) -> (PersonalAccount, AccountDraw) {
        let amount = max(.zero, min(amount, balance))
        let carried = effectiveCarriedOver
        let fromCarriedOver = switch order {
        case .carriedOverFirst: min(amount, carried)
        case .currentYearFirst: max(.zero, amount - currentYear)
        }
        var after = self
        after.balance = balance - amount
        after.carriedOver = carriedOver - fromCarriedOver
        return (after, AccountDraw(carriedOver: fromCarriedOver, currentYear: amount - fromCarriedOver, order: order))
    }

    /// Puts back what `draw` took (or the part of it a refund returns).
    func restoring(_ draw: AccountDraw) -> PersonalAccount {
        var after = self
        after.carriedOver = carriedOver + draw.carriedOver
        after.balance = balance + draw.total
        return after
    }
}

/// Which part of a personal account pays first.
///
/// Shared money (a sharer's payment, a premium, a quota) comes out of the 历年账户 first: in the
/// regions that share only that part it is the only part, and elsewhere it keeps the current
/// year's money for the holder. The holder's own bills take the current-year part first, as the
/// regions that keep the two apart do (当年账户 first, then 历年账户), which also leaves the
/// carried-over part for sharing.
public enum DrawOrder: String, Hashable, Sendable, Codable {
    case carriedOverFirst
    case currentYearFirst
}

/// What one payment took from each part of a personal account. A refund puts money back in the
/// reverse order: the part drawn last is restored first, so a partial refund leaves the account
/// as a smaller payment would have.
public struct AccountDraw: Hashable, Sendable, Codable {
    public var carriedOver: Money
    public var currentYear: Money
    public var order: DrawOrder

    public init(carriedOver: Money, currentYear: Money, order: DrawOrder) {
        self.carriedOver = carriedOver
        self.currentYear = currentYear
        self.order = order
    }

    public var total: Money { carriedOver + currentYear }

    /// The last `amount` of this draw (at most all of it), the part to give back first.
    func lastPart(_ amount: Money) -> AccountDraw {
        let amount = max(.zero, min(amount, total))
        let fromCarriedOver = switch order {
        case .carriedOverFirst: max(.zero, amount - currentYear)
        case .currentYearFirst: min(amount, carriedOver)
        }
        return AccountDraw(carriedOver: fromCarriedOver, currentYear: amount - fromCarriedOver, order: order)
    }

    /// This draw less `part` (which was given back).
    func removing(_ part: AccountDraw) -> AccountDraw {
        AccountDraw(carriedOver: carriedOver - part.carriedOver, currentYear: currentYear - part.currentYear, order: order)
    }
}
