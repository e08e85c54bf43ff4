extension Eligibility {
    /// `SELF_BINDING`: the sharer cannot be their own member. Compared by ID number.
    enum SelfBindingRule {
        static func violation(_ member: ProposedMember, sharer: InsuredPerson) -> Violation? {
            member.idNumber == sharer.id ? .selfBinding : nil
        }
    }
}
