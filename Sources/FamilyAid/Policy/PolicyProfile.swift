/// Everything a region decides on top of its national edition. An application records the `id`
/// and `version` of the profile that judged it, so changing a profile never re-judges history.
///
/// The three national defaults (`national(_:)`) follow DOMAIN.md's default column; regional
/// profiles change some settings and keep the rest.
public struct PolicyProfile: Hashable, Sendable, Codable {
    /// Stable, e.g. "national-N26" or "jiangsu-like".
    public var id: String
    /// Raised whenever any setting changes.
    public var version: Int
    public var edition: PolicyEdition
    public var memberLimit: MemberLimit
    /// Whether a member may have only one sharer at a time (some older regions).
    public var oneSharerPerMember: Bool
    public var confirmation: ConfirmationRules
    public var proofs: ProofPolicy
    public var review: ReviewRules
    public var authorizationPeriod: AuthorizationPeriod
    public var sharerOrder: SharerOrder
    /// Kept back in the sharer's account, never shared (seen in one article as ¥1,000); nil is off.
    public var minimumRetained: Money?
    /// A cap on what one sharer pays toward one bill; nil is no cap. Under N26 the quota caps too.
    public var perPaymentCap: Money?
    public var shareable: ShareableBalance
    public var premiums: [PremiumEntry]
    public var options: Set<WeaklySourcedOption>

    public init(
        id: String, version: Int, edition: PolicyEdition,
        memberLimit: MemberLimit, oneSharerPerMember: Bool = false,
        confirmation: ConfirmationRules = ConfirmationRules(),
        proofs: ProofPolicy = .documents(ProofMatrix.defaults),
        review: ReviewRules = ReviewRules(),
        authorizationPeriod: AuthorizationPeriod = .openEnded,
        sharerOrder: SharerOrder = .userSet,
        minimumRetained: Money? = nil, perPaymentCap: Money? = nil,
        shareable: ShareableBalance = .wholeAccount,
        premiums: [PremiumEntry] = PremiumEntry.nationalDefaults,
        options: Set<WeaklySourcedOption> = []
    ) {
        self.id = id
        self.version = version
        self.edition = edition
        self.memberLimit = memberLimit
        self.oneSharerPerMember = oneSharerPerMember
        self.confirmation = confirmation
        self.proofs = proofs
        self.review = review
        self.authorizationPeriod = authorizationPeriod
        self.sharerOrder = sharerOrder
        self.minimumRetained = minimumRetained
        self.perPaymentCap = perPaymentCap
        self.shareable = shareable
        self.premiums = premiums
        self.options = options
    }

    /// The national default for an edition: five members under N21 and N24, no limit under N26.
    public static func national(_ edition: PolicyEdition) -> PolicyProfile {
        PolicyProfile(
            id: "national-\(edition.rawValue)", version: 1, edition: edition,
            memberLimit: edition == .n26 ? .none : MemberLimit(atOnce: 5))
    }

    /// N26's ring-fenced 共济额度: an assigned quota is set aside from the sharer's account and
    /// returned when the relationship ends.
    public var usesQuotas: Bool { edition == .n26 }

    /// What shared money may pay under this profile's edition.
    public var sharedUses: Set<SharedUse> {
        edition == .n26 ? Set(SharedUse.allCases) : [.hospitalSelfPay, .pharmacy, .residentInsurancePremium]
    }

    /// Jiangsu, from one article only: binding a spouse waits for the spouse's own confirmation.
    /// Off unless the profile turns the option on.
    public var spouseConfirms: Bool { options.contains(.spouseConfirmation) }

    /// Whether both sides consent (N26): the sharer's own confirmation is recorded as well.
    public var bothSidesConsent: Bool { edition == .n26 }
}

/// DOMAIN.md's default proof matrix.
public enum ProofMatrix {
    public static let defaults: [ProofCase: [ProofSet]] = [
        .spouse: [[.marriageCertificate], [.householdRegister]],
        .parentOrChildByBirth: [[.householdRegister], [.birthCertificate], [.kinshipNotarization]],
        .parentOrChildAdoptive: [[.adoptionCertificate], [.kinshipNotarization]],
        .parentOrChildStep: [[.marriageCertificate, .householdRegister], [.kinshipNotarization]],
        .extendedFamily: [[.commitmentLetter, .registryCheck], [.householdRegister], [.kinshipNotarization]],
        .insuredInAnotherProvince: [[.insuranceCertificate]],
        .disabledMember: [[.disabilityCertificate]],
    ]
}

extension PremiumEntry {
    /// The national default resident-insurance contribution: ¥400 a year, payable from
    /// 1 September to 31 December of the year before. Regions list their own.
    public static let nationalDefaults: [PremiumEntry] = (2025...2027).map { year in
        PremiumEntry(
            kind: .residentMedical, coverageYear: year,
            opens: CivilDate(year: year - 1, month: 9, day: 1)!,
            closes: CivilDate(year: year - 1, month: 12, day: 31)!,
            amount: .yuan(400))
    }
}
