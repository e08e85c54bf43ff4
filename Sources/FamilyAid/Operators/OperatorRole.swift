/// What an operator of a counter or of the central office is there to do. Each role allows its
/// own duties; a supervisor also administers the operators.
public enum OperatorRole: String, Sendable, Codable, CaseIterable {
    /// 受理: takes in applications for residents at the counter.
    case intakeClerk = "intake"
    /// 审核: decides on the members under review.
    case reviewer
    /// Manages the operators, and may do what the others do.
    case supervisor

    public func allows(_ duty: OperatorDuty) -> Bool {
        switch (self, duty) {
        case (.supervisor, _), (.intakeClerk, .intake), (.reviewer, .review): true
        default: false
        }
    }
}

/// What an operator command asks of whoever runs it.
public enum OperatorDuty: String, Sendable, CaseIterable {
    case intake
    case review
    /// Adding, disabling and resetting operators, and the other administrative commands.
    case administer
    /// Loading the bureau's insured-person registry into the store, which every kiosk and
    /// counter check then relies on.
    case maintainRegistry = "maintain the registry"
}
