/// Whether a member approved elsewhere may still be bound here (DOMAIN.md: a counter's bundle
/// meets the central office's registry). A counter decides offline, on the data it had; when its
/// approval arrives, the central office may meanwhile have bound the same pair, bound the member
/// to another sharer where one sharer per member is the rule, or filled the sharer's places. Such
/// a member is not bound: it goes to the review queue with the codes found, never overwriting
/// what the central office holds.
public enum BindingConflict {
    /// The reason codes that stop binding `member` to `sharer` now, in DOMAIN.md's table order;
    /// empty when the approval can be applied.
    ///
    /// - Parameters:
    ///   - existing: the sharer's members as the central office holds them, this approval aside.
    ///   - otherSharersOfMember: how many sharers other than this one the member has in force.
    public static func codes(
        binding member: ResidentID, existing: ExistingMembers, otherSharersOfMember: Int, profile: PolicyProfile
    ) -> [ReasonCode] {
        var found: [ReasonCode] = []
        if profile.oneSharerPerMember, otherSharersOfMember > 0 { found.append(.alreadyShared) }
        if existing.activeOrScheduled.contains(member) {
            found.append(.duplicateMember)
        } else if exceedsLimit(member, existing: existing, limit: profile.memberLimit) {
            found.append(.memberLimit)
        }
        return found
    }

    /// An approval binds now, so only members bound now (not those still waiting) hold places at
    /// once; the lifetime count takes everyone ever bound, a former member again taking none.
    private static func exceedsLimit(_ member: ResidentID, existing: ExistingMembers, limit: MemberLimit) -> Bool {
        if let cap = limit.atOnce, existing.activeOrScheduled.count + 1 > cap { return true }
        let everBound = existing.activeOrScheduled.union(existing.ended)
        if let cap = limit.lifetime, !everBound.contains(member), everBound.count + 1 > cap { return true }
        return false
    }
}
