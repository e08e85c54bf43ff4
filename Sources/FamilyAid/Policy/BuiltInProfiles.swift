/// The profiles the kiosk carries: the three national defaults and three regional ones modelled
/// on the practices DOMAIN.md reports. The regional ones are models, named "-like", not a
/// region's official settings: an office running the kiosk gives its own with `--policy FILE`.
extension PolicyProfile {
    /// N26, the national policy in force: what the kiosk uses unless told otherwise.
    public static let kioskDefault = national(.n26)

    public static let builtIn: [PolicyProfile] =
        PolicyEdition.allCases.map(national) + [jiangsuLike, shanghaiLike, hunanLike]

    /// The built-in profile with this id, or nil.
    public static func builtIn(id: String) -> PolicyProfile? {
        builtIn.first { $0.id == id }
    }

    /// Modelled on Jiangsu as the articles describe it: still on N24 (all near relatives, same
    /// province), up to six members, the member fills in and signs the commitment letter in place
    /// of documents (承诺制) and a self-service application is decided at once; the sharer chooses
    /// the start and end dates. The spouse's confirmation comes from one article only: turned on
    /// here so a region that needs it has a model, off in every national default.
    public static let jiangsuLike = PolicyProfile(
        id: "jiangsu-like", version: 1, edition: .n24,
        memberLimit: MemberLimit(atOnce: 6),
        proofs: .commitmentLetter,
        review: ReviewRules(selfService: .instant, counter: .manual(workingDays: 3)),
        authorizationPeriod: .chosenDates,
        options: [.spouseConfirmation])

    /// Modelled on Shanghai: N26, but only the 历年账户 (the balance carried over from earlier
    /// years) may be shared; a member's sharers pay largest balance first; manual review within
    /// 2 working days online and 5 at a counter; the premium window runs from September into
    /// February of the coverage year.
    public static let shanghaiLike = PolicyProfile(
        id: "shanghai-like", version: 1, edition: .n26,
        memberLimit: .none,
        review: ReviewRules(selfService: .manual(workingDays: 2), counter: .manual(workingDays: 5)),
        sharerOrder: .largestBalanceFirst,
        shareable: .carriedOverOnly,
        premiums: (2026...2027).map { year in
            PremiumEntry(
                kind: .residentMedical, coverageYear: year,
                opens: CivilDate(year: year - 1, month: 9, day: 1)!,
                closes: CivilDate(year: year, month: 2, day: 28)!,
                amount: .yuan(425))
        })

    /// Modelled on Hunan: N24 with ten members at once and twenty in a lifetime, one sharer per
    /// member, and ¥1,000 kept back in the sharer's account (a retained minimum one article
    /// reports).
    public static let hunanLike = PolicyProfile(
        id: "hunan-like", version: 1, edition: .n24,
        memberLimit: MemberLimit(atOnce: 10, lifetime: 20),
        oneSharerPerMember: true,
        review: ReviewRules(selfService: .manual(workingDays: 1), counter: .manual(workingDays: 3)),
        minimumRetained: .yuan(1000))
}
