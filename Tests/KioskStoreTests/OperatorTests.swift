import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// Operators in the store: the first supervisor once, passwords as salted slow hashes, five wrong
/// passwords lock until a supervisor resets, every change journaled with the operator's ID.
@Suite("Operators")
struct OperatorTests {
    let store: KioskDatabase
    let now = Date(timeIntervalSince1970: 1_795_395_600)
    let cost = PinHashCost.fastForTests

    init() throws {
        store = try KioskDatabase.inMemory()
        _ = try store.install(originID: "K7M2QX", isDemo: false, now: now)
    }

    func supervisor() throws -> AuthenticatedOperator {
        try store.initializeOperators(supervisor: "lead", password: "lead-password", now: now, cost: cost)
    }

    @Test func theFirstSupervisorIsCreatedOnceAndSignsIn() throws {
        #expect(throws: OperatorError.noOperators) { try store.authenticateOperator("lead", password: "lead-password", now: now) }
        let lead = try supervisor()
        #expect(lead.role == .supervisor)
        #expect(throws: OperatorError.alreadyInitialized) {
            try store.initializeOperators(supervisor: "other", password: "other-password", now: now, cost: cost)
        }
        #expect(try store.authenticateOperator("lead", password: "lead-password", now: now) == lead)
    }

    @Test func equalPasswordsNeverGiveEqualHashesAndNoPasswordIsStored() throws {
        let lead = try supervisor()
        try store.addOperator("clerk-a", role: .intakeClerk, password: "same-password", by: lead, now: now, cost: cost)
        try store.addOperator("clerk-b", role: .intakeClerk, password: "same-password", by: lead, now: now, cost: cost)
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT salt, hash FROM operator WHERE id LIKE 'clerk-%'") }
        #expect(rows.count == 2)
        #expect((rows[0]["salt"] as Data) != (rows[1]["salt"] as Data))
        #expect((rows[0]["hash"] as Data) != (rows[1]["hash"] as Data))
        let dump = try store.read { db in try String.fetchAll(db, sql: "SELECT quote(salt) || quote(hash) || id FROM operator") }.joined()
        #expect(!dump.contains("same-password"))
    }

    @Test func fiveWrongPasswordsLockUntilASupervisorResets() throws {
        let lead = try supervisor()
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: now, cost: cost)
        for remaining in [4, 3, 2, 1] {
            #expect(throws: OperatorError.wrongPassword(remainingTries: remaining)) {
                try store.authenticateOperator("rev-1", password: "guess-\(remaining)", now: now)
            }
        }
        #expect(throws: OperatorError.locked(id: "rev-1")) { try store.authenticateOperator("rev-1", password: "guess", now: now) }
        #expect(throws: OperatorError.locked(id: "rev-1"), "even the right password") {
            try store.authenticateOperator("rev-1", password: "review-password", now: now)
        }
        try store.resetOperator("rev-1", password: "new-review-password", by: lead, now: now, cost: cost)
        #expect(try store.authenticateOperator("rev-1", password: "new-review-password", now: now).role == .reviewer)
        #expect(throws: OperatorError.wrongPassword(remainingTries: 4)) {
            try store.authenticateOperator("rev-1", password: "review-password", now: now)
        }
    }

    @Test func aRightPasswordClearsTheCountOfWrongOnes() throws {
        let lead = try supervisor()
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: now, cost: cost)
        for _ in 0..<4 { _ = try? store.authenticateOperator("rev-1", password: "wrong-password", now: now) }
        _ = try store.authenticateOperator("rev-1", password: "review-password", now: now)
        #expect(throws: OperatorError.wrongPassword(remainingTries: 4)) {
            try store.authenticateOperator("rev-1", password: "wrong-password", now: now)
        }
    }

    @Test func anUnknownIDGetsTheAnswerOfAWrongPassword() throws {
        _ = try supervisor()
        #expect(throws: OperatorError.wrongPassword(remainingTries: 4)) {
            try store.authenticateOperator("nobody", password: "any-password", now: now)
        }
    }

    @Test func onlyASupervisorAdministersAndADisabledOperatorCanDoNothing() throws {
        let lead = try supervisor()
        try store.addOperator("clerk-a", role: .intakeClerk, password: "clerk-password", by: lead, now: now, cost: cost)
        let clerk = try store.authenticateOperator("clerk-a", password: "clerk-password", now: now)
        #expect(throws: OperatorError.notAllowed(id: "clerk-a", role: .intakeClerk, duty: .administer)) {
            try store.addOperator("clerk-b", role: .intakeClerk, password: "clerk-password", by: clerk, now: now, cost: cost)
        }
        #expect(throws: OperatorError.idTaken("clerk-a")) {
            try store.addOperator("clerk-a", role: .reviewer, password: "other-password", by: lead, now: now, cost: cost)
        }
        #expect(throws: OperatorError.invalidID("Clerk A")) {
            try store.addOperator("Clerk A", role: .reviewer, password: "other-password", by: lead, now: now, cost: cost)
        }
        #expect(throws: OperatorError.badPassword(.tooShort(minimum: 8))) {
            try store.addOperator("clerk-c", role: .reviewer, password: "short", by: lead, now: now, cost: cost)
        }
        #expect(throws: OperatorError.cannotDisableSelf) { try store.disableOperator("lead", by: lead, now: now) }
        try store.disableOperator("clerk-a", by: lead, now: now)
        #expect(throws: OperatorError.disabled(id: "clerk-a")) {
            try store.authenticateOperator("clerk-a", password: "clerk-password", now: now)
        }
        #expect(try store.operators().map(\.id) == ["clerk-a", "lead"])
        #expect(try store.operators().first?.isDisabled == true)
    }

    @Test func everyChangeIsJournaledWithTheOperatorsIDAndTheChainHolds() throws {
        let lead = try supervisor()
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: now, cost: cost)
        _ = try? store.authenticateOperator("rev-1", password: "wrong-password", now: now)
        try store.disableOperator("rev-1", by: lead, now: now)
        try store.resetOperator("rev-1", password: "another-password", by: lead, now: now, cost: cost)
        let events = try store.journalEvents(origin: "K7M2QX").map { ($0.kind, $0.payload) }
        let operatorEvents = events.filter { $0.0.hasPrefix("operator.") }
        #expect(operatorEvents.map(\.0) == ["operator.added", "operator.added", "operator.refused", "operator.disabled", "operator.reset"])
        #expect(operatorEvents[1].1.contains("\"by\":\"lead\""))
        #expect(operatorEvents.allSatisfy { !$0.1.contains("password") })
        #expect(try store.verifyJournal() == .ok(origins: 1, events: events.count))
    }
}
