extension Eligibility {
    /// `NOT_INSURED` (DOMAIN.md, people and accounts): a member must hold basic medical insurance,
    /// employee or resident, in force. No record for the number typed, no insurance, and
    /// insurance suspended (断缴) or frozen (冻结) all refuse.
    enum InsuranceRule {
        static func violation(_ member: ProposedMember) -> Violation? {
            guard let record = member.registryRecord else { return .notInsured(.noRegistryRecord) }
            if record.insurance == .none { return .notInsured(.noInsurance) }
            if record.status != .active { return .notInsured(.notInForce(record.status)) }
            return nil
        }
    }
}
