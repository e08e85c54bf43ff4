/// How many members one sharer may have; nil means no limit.
public struct MemberLimit: Hashable, Sendable, Codable {
    /// Members bound at the same time (active or scheduled, and those in a pending application).
    public var atOnce: Int?
    /// Members ever bound, ended relationships included (Hunan: 20).
    public var lifetime: Int?

    public init(atOnce: Int? = nil, lifetime: Int? = nil) {
        self.atOnce = atOnce
        self.lifetime = lifetime
    }

    public static let none = MemberLimit()
}

/// Who must confirm before a member's application goes to review.
public struct ConfirmationRules: Hashable, Sendable, Codable {
    /// From this age a member confirms for themselves (own identity check, or accepting the
    /// invitation); younger members are confirmed by a parent or guardian.
    public var selfConfirmationAge: Int
    /// A minor who is the sharer's own child needs no further confirmation: the sharer is the parent.
    public var sharerConfirmsOwnMinorChild: Bool
    /// Working days an invitation stays open before it expires (`CONFIRMATION_TIMEOUT`).
    public var invitationExpiresAfterWorkingDays: Int

    public init(
        selfConfirmationAge: Int = 16, sharerConfirmsOwnMinorChild: Bool = true,
        invitationExpiresAfterWorkingDays: Int = 10
    ) {
        self.selfConfirmationAge = selfConfirmationAge
        self.sharerConfirmsOwnMinorChild = sharerConfirmsOwnMinorChild
        self.invitationExpiresAfterWorkingDays = invitationExpiresAfterWorkingDays
    }
}

/// What proves the relationships: the documents of the matrix, or the signed commitment letter in
/// their place (承诺制).
public enum ProofPolicy: Hashable, Sendable, Codable {
    /// For each case, the sets of documents any one of which suffices.
    case documents([ProofCase: [ProofSet]])
    case commitmentLetter
}

/// How an application is reviewed, and in how many working days a manual review decides.
public enum ReviewMode: Hashable, Sendable, Codable {
    case instant
    case manual(workingDays: Int)
}

/// The review for applications from a kiosk (self-service, like the apps) and from a counter.
public struct ReviewRules: Hashable, Sendable, Codable {
    public var selfService: ReviewMode
    public var counter: ReviewMode

    public init(selfService: ReviewMode = .manual(workingDays: 3), counter: ReviewMode = .manual(workingDays: 3)) {
        self.selfService = selfService
        self.counter = counter
    }
}

/// Whether a sharing runs until someone ends it, or between dates the sharer chooses (Jiangsu,
/// Guizhou).
public enum AuthorizationPeriod: String, Sendable, Codable, CaseIterable {
    case openEnded
    case chosenDates
}

/// In which order several sharers pay for one member.
public enum SharerOrder: String, Sendable, Codable, CaseIterable {
    /// The member's sharers in the 支付顺位 the member (or the sharers) set.
    case userSet
    /// The order in which the relationships were bound.
    case bindingOrder
    /// The sharer with the largest balance pays first.
    case largestBalanceFirst
}

/// Settings that rest on a single or mixed source: offered, off unless a profile turns them on.
public enum WeaklySourcedOption: String, Sendable, Codable, CaseIterable {
    /// Jiangsu (one article): the sharer's spouse confirms.
    case spouseConfirmation
    /// Members aged 60 or older may confirm later, at any kiosk or counter.
    case remoteConfirmationFrom60
    /// A 失能 member's medical certificate, recorded by a clerk.
    case disabilityMedicalCertificate
}

/// What shared money may pay for a member.
public enum SharedUse: String, Sendable, Codable, CaseIterable {
    /// 个人负担 at a designated hospital (定点医疗机构).
    case hospitalSelfPay
    /// Drugs, devices, consumables at a designated pharmacy (定点零售药店).
    case pharmacy
    /// The member's 城乡居民医保 personal contribution (家庭共济缴费).
    case residentInsurancePremium
    /// 长期护理保险 contributions: N26 only.
    case longTermCarePremium
}

/// A contribution the member may have paid from a sharer's account.
public enum PremiumKind: String, Sendable, Codable, CaseIterable {
    /// 城乡居民基本医疗保险 personal contribution.
    case residentMedical
    /// 长期护理保险 contribution (N26).
    case longTermCare
}

/// For one coverage year: when its contribution may be paid, and how much it is.
public struct PremiumEntry: Hashable, Sendable, Codable {
    public var kind: PremiumKind
    public var coverageYear: Int
    /// First day payment is accepted, usually 1 September of the year before.
    public var opens: CivilDate
    /// Last day, usually 31 December of the year before; some regions run into February of the
    /// coverage year, so the window crosses the year end.
    public var closes: CivilDate
    /// The fixed personal contribution for the year.
    public var amount: Money

    public init(kind: PremiumKind = .residentMedical, coverageYear: Int, opens: CivilDate, closes: CivilDate, amount: Money) {
        self.kind = kind
        self.coverageYear = coverageYear
        self.opens = opens
        self.closes = closes
        self.amount = amount
    }

    public func isOpen(on date: CivilDate) -> Bool { opens <= date && date <= closes }
}
