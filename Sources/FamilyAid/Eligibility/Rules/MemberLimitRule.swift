extension Eligibility {
    /// `MEMBER_LIMIT` (DOMAIN.md, regional settings: maximum members per sharer; N21/N24 five,
    /// Hunan ten at once and twenty in a lifetime, none under N26).
    ///
    /// The count at once is the members active or scheduled, those waiting in the sharer's other
    /// applications, and the members earlier in this application that take a place; the lifetime
    /// count adds former members, each person once (adding a former member again uses no new
    /// lifetime place). Members are taken in application order: the first ones that fit take the
    /// places, every later one beyond the limit is refused with the count it would make.
    ///
    /// Only a member that could otherwise be bound takes a place: one refused for another reason
    /// (not insured, a duplicate, an implausible relation, …) would leave it free again at
    /// review, so it does not push a later, sound member over the limit. A duplicate or the
    /// sharer themselves is never counted and never gets this code.
    struct MemberLimitRule {
        let limit: MemberLimit
        private var atOnce: Int
        private var lifetime: Set<ResidentID>

        init(limit: MemberLimit, existing: ExistingMembers) {
            self.limit = limit
            self.atOnce = existing.heldAtOnce.count
            self.lifetime = existing.heldInLifetime
        }

        /// The limits `member`, a new person not yet held at once, would exceed.
        func breaches(_ member: ResidentID) -> [Violation] {
            var found: [Violation] = []
            if let cap = limit.atOnce, atOnce + 1 > cap {
                found.append(.memberLimit(MemberLimitBreach(kind: .atOnce, limit: cap, count: atOnce + 1)))
            }
            if let cap = limit.lifetime, !lifetime.contains(member), lifetime.count + 1 > cap {
                found.append(.memberLimit(MemberLimitBreach(kind: .lifetime, limit: cap, count: lifetime.count + 1)))
            }
            return found
        }

        /// Gives `member` a place, at once and (if new) in the lifetime count.
        mutating func admit(_ member: ResidentID) {
            atOnce += 1
            lifetime.insert(member)
        }
    }
}
