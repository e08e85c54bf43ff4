import FamilyAid
import Foundation
import KioskStore

/// The demo store's operators, for training: their passwords are in the README, so they exist
/// only in a demo store, never in a real one.
public enum DemoOperators {
    public struct Account: Sendable {
        public let id: String
        public let role: OperatorRole
        public let password: String
    }

    public static let supervisor = Account(id: "demo-supervisor", role: .supervisor, password: "supervise-demo")
    public static let reviewer = Account(id: "demo-reviewer", role: .reviewer, password: "review-demo")
    public static let clerk = Account(id: "demo-clerk", role: .intakeClerk, password: "intake-demo")

    /// Creates them in a demo store that has no operators yet.
    static func addIfNone(to database: KioskDatabase, now: Date, cost: PinHashCost) throws {
        guard try database.operators().isEmpty else { return }
        let lead = try database.initializeOperators(supervisor: supervisor.id, password: supervisor.password, now: now, cost: cost)
        for account in [reviewer, clerk] {
            try database.addOperator(account.id, role: account.role, password: account.password, by: lead, now: now, cost: cost)
        }
    }
}
