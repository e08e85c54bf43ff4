extension Eligibility {
    /// `DUPLICATE_MEMBER` (DOMAIN.md reason codes): a person may be in an application once, and
    /// not at all while already a member of this sharer or waiting in another of their
    /// applications. In an application the first occurrence stands and every later one is the
    /// duplicate. A former member (relationship ended) may be added again.
    enum DuplicateRule {
        static func violation(_ member: ProposedMember, firstIndex: Int?, existing: ExistingMembers) -> Violation? {
            if let firstIndex { return .duplicateMember(.earlierInApplication(firstIndex: firstIndex)) }
            if existing.activeOrScheduled.contains(member.idNumber) { return .duplicateMember(.alreadyMember) }
            if existing.pending.contains(member.idNumber) { return .duplicateMember(.pendingInAnotherApplication) }
            return nil
        }
    }
}
