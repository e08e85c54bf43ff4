/// The rules' answer for one proposed member.
public struct MemberVerdict: Hashable, Sendable {
    /// Position in the application, 0-based.
    public var index: Int
    public var idNumber: ResidentID
    /// Every violation found, in the order of DOMAIN.md's reason-code table (the order of
    /// `ReasonCode.allCases`); empty when the member may go on to confirmation and review.
    public var violations: [Violation]
    public var requirements: MemberRequirements

    public init(index: Int, idNumber: ResidentID, violations: [Violation], requirements: MemberRequirements) {
        self.index = index
        self.idNumber = idNumber
        self.violations = violations
        self.requirements = requirements
    }

    public var isEligible: Bool { violations.isEmpty }

    public var codes: [ReasonCode] { violations.map(\.code) }
}
