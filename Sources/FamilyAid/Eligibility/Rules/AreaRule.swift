extension Eligibility {
    /// `OUT_OF_AREA` (DOMAIN.md, editions table): N21 the same pooling region, N24 the same
    /// province, N26 anywhere in China. Judged only for a member with insurance: an uninsured
    /// person's region says nothing, and `NOT_INSURED` already refuses them.
    enum AreaRule {
        static func violation(_ member: ProposedMember, sharer: InsuredPerson, edition: PolicyEdition) -> Violation? {
            guard let record = member.registryRecord, record.insurance != .none else { return nil }
            let area = edition.memberArea
            guard !area.contains(record.region, around: sharer.region) else { return nil }
            return .outOfArea(memberRegion: record.region, sharerRegion: sharer.region, allowed: area)
        }
    }
}
