extension Eligibility {
    /// `ALREADY_SHARED` (DOMAIN.md, regional settings: one sharer per member): where the profile
    /// requires it, a member who already has a sharer other than this one is refused. This
    /// sharer already sharing with them is `DUPLICATE_MEMBER` instead.
    enum OneSharerRule {
        static func violation(_ member: ProposedMember, sharer: ResidentID, profile: PolicyProfile) -> Violation? {
            guard profile.oneSharerPerMember else { return nil }
            let others = member.currentSharers.subtracting([sharer]).count
            return others > 0 ? .alreadyShared(otherSharers: others) : nil
        }
    }
}
