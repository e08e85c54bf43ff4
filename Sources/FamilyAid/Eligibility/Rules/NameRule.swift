extension Eligibility {
    /// `INFO_MISMATCH`: the name typed must be the registry's name for the number typed, compared
    /// after normalizing middle dots, width and spaces (`PersonName.matches`). A number the
    /// registry does not know is `NOT_INSURED`, not a mismatch (see `ProposedMember.registryRecord`).
    enum NameRule {
        static func violation(_ member: ProposedMember) -> Violation? {
            guard let record = member.registryRecord, !member.typedName.matches(record.name) else { return nil }
            return .infoMismatch(typed: member.typedName, registry: record.name)
        }
    }
}
