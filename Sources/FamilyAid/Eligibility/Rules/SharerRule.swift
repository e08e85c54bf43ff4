extension Eligibility {
    /// `SHARER_INELIGIBLE` (DOMAIN.md, people and accounts): the sharer holds employee insurance,
    /// in force, with something shareable once the profile's shareable part (whole account or
    /// 历年账户 only) and retained minimum are applied. When it fails, every member carries it.
    enum SharerRule {
        static func violation(_ sharer: InsuredPerson, profile: PolicyProfile) -> Violation? {
            let standing = SharerStanding.assess(
                sharer, shareable: profile.shareable, minimumRetained: profile.minimumRetained ?? .zero)
            guard case .cannotShare(let reason) = standing else { return nil }
            return .sharerIneligible(reason)
        }
    }
}
