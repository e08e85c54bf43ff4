/// Which part of a sharer's personal account may be shared: the whole account, or (Shanghai,
/// Zhejiang) only the 历年账户 carried over from earlier years.
public enum ShareableBalance: String, Sendable, Codable, CaseIterable {
    case wholeAccount
    case carriedOverOnly
}

/// Whether a signed-in person may share their account. Anyone in the registry may sign in (members
/// confirm invitations and see payments); this is the verdict the home menu shows afterwards.
public enum SharerStanding: Hashable, Sendable, Codable {
    case mayShare(shareable: Money)
    case cannotShare(SharerIneligibility)
}

/// Why someone cannot share, in words the home menu can say.
public enum SharerIneligibility: Hashable, Sendable, Codable {
    /// 城乡居民医保: can be added by a relative, cannot share.
    case residentInsurance
    case notInsured
    case accountSuspended(InsuranceStatus)
    /// The shareable part of the account, less the retained minimum, is zero or less.
    case nothingShareable
}

extension SharerStanding {
    /// The verdict for `person` under a region's shareable part and retained minimum. Checked in
    /// the order a person would want to hear it: the kind of insurance, then its status, then
    /// the money.
    public static func assess(
        _ person: InsuredPerson, shareable: ShareableBalance = .wholeAccount, minimumRetained: Money = .zero
    ) -> SharerStanding {
        switch person.insurance {
        case .none: return .cannotShare(.notInsured)
        case .resident: return .cannotShare(.residentInsurance)
        case .employee: break
        }
        guard person.status == .active else { return .cannotShare(.accountSuspended(person.status)) }
        let amount = shareableAmount(of: person, shareable: shareable, minimumRetained: minimumRetained)
        return amount.isPositive ? .mayShare(shareable: amount) : .cannotShare(.nothingShareable)
    }

    /// The part of the account that may go to members: the whole account or its carried-over part
    /// (never more than the account holds), less the retained minimum; zero at the least. The one
    /// formula lives with the account, so the home menu and settlement never disagree.
    public static func shareableAmount(
        of person: InsuredPerson, shareable: ShareableBalance, minimumRetained: Money
    ) -> Money {
        PersonalAccount(person).shareableAmount(shareable: shareable, minimumRetained: minimumRetained)
    }

    public var mayShare: Bool {
        if case .mayShare = self { true } else { false }
    }
}
