import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Creates the installation's first supervisor; refused once any operator exists.
    @discardableResult
    public func initializeOperators(
        supervisor id: String, password: String, now: Date, cost: PinHashCost = .standard
    ) throws -> AuthenticatedOperator {
        try Self.checkNew(id: id, password: password)
        let credential = try PinHasher.credential(for: password, cost: cost)
        return try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard try OperatorRecord.fetchCount(db) == 0 else { throw OperatorError.alreadyInitialized }
            try OperatorRecord(id: id, role: .supervisor, credential: credential, createdAt: now, createdBy: nil).insert(db)
            try Journal.append(db, origin: installation.originID, kind: .operatorAdded,
                               payload: OperatorPayload(operator: id, by: nil, role: OperatorRole.supervisor.rawValue), at: now)
            return AuthenticatedOperator(id: id, role: .supervisor)
        }
    }

    /// Checks an operator's password, in one write transaction that counts a wrong one (and
    /// journals the try). An unknown ID costs the same hashing work as a wrong password and gets
    /// the same answer; the fifth wrong password in a row locks the operator.
    public func authenticateOperator(_ id: String, password: String, now: Date) throws -> AuthenticatedOperator {
        // The outcome leaves the transaction as a value, so that a wrong try is committed.
        let outcome = try write { db -> Result<AuthenticatedOperator, OperatorError> in
            let installation = try InstallationRecord.fetchRequired(db)
            guard try OperatorRecord.fetchCount(db) > 0 else { return .failure(.noOperators) }
            guard var record = try OperatorRecord.fetchOne(db, key: id) else {
                // As long as a real verification: at the cost the latest operator's password has.
                let prevailing = try OperatorRecord.order(Column.rowID.desc).fetchOne(db)?.credential.cost ?? .standard
                try PinHasher.spendOneVerification(of: password, cost: prevailing)
                return .failure(.wrongPassword(remainingTries: OperatorAccount.failuresBeforeLock - 1))
            }
            let account = record.account
            if account.isDisabled { return .failure(.disabled(id: id)) }
            if account.isLocked { return .failure(.locked(id: id)) }
            if try PinHasher.verify(password, against: record.credential) {
                if record.failures > 0 {
                    record.failures = 0
                    try record.update(db)
                }
                try Journal.append(db, origin: installation.originID, kind: .operatorSignedIn,
                                   payload: OperatorPayload(operator: id, by: nil, role: nil), at: now)
                return .success(AuthenticatedOperator(id: id, role: account.role))
            }
            record.failures += 1
            try record.update(db)
            let remaining = max(0, OperatorAccount.failuresBeforeLock - record.failures)
            try Journal.append(db, origin: installation.originID, kind: remaining == 0 ? .operatorLocked : .operatorRefused,
                               payload: OperatorPayload(operator: id, by: nil, role: nil), at: now)
            return .failure(remaining == 0 ? .locked(id: id) : .wrongPassword(remainingTries: remaining))
        }
        return try outcome.get()
    }

    /// Journals that the counter console locked with `id` signed in, or that `id` left it, so
    /// that the audit shows when a console stood unattended and whose session it was.
    public func recordConsole(_ change: ConsoleChange, operator id: String, now: Date) throws {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            try Journal.append(db, origin: installation.originID, kind: change == .locked ? .consoleLocked : .operatorSignedOut,
                               payload: OperatorPayload(operator: id, by: nil, role: nil), at: now)
        }
    }

    /// A supervisor adds an operator.
    public func addOperator(
        _ id: String, role: OperatorRole, password: String, by supervisor: AuthenticatedOperator, now: Date,
        cost: PinHashCost = .standard
    ) throws {
        try supervisor.require(.administer)
        try Self.checkNew(id: id, password: password)
        let credential = try PinHasher.credential(for: password, cost: cost)
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard try OperatorRecord.fetchOne(db, key: id) == nil else { throw OperatorError.idTaken(id) }
            try OperatorRecord(id: id, role: role, credential: credential, createdAt: now, createdBy: supervisor.id).insert(db)
            try Journal.append(db, origin: installation.originID, kind: .operatorAdded,
                               payload: OperatorPayload(operator: id, by: supervisor.id, role: role.rawValue), at: now)
        }
    }

    /// A supervisor disables an operator, who can then do nothing (their past work stays theirs).
    public func disableOperator(_ id: String, by supervisor: AuthenticatedOperator, now: Date) throws {
        try supervisor.require(.administer)
        guard id != supervisor.id else { throw OperatorError.cannotDisableSelf }
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard var record = try OperatorRecord.fetchOne(db, key: id) else { throw OperatorError.noSuchOperator(id) }
            record.isDisabled = true
            try record.update(db)
            try Journal.append(db, origin: installation.originID, kind: .operatorDisabled,
                               payload: OperatorPayload(operator: id, by: supervisor.id, role: nil), at: now)
        }
    }

    /// A supervisor gives an operator a new password, which also lifts a lock and a disabling.
    public func resetOperator(
        _ id: String, password: String, by supervisor: AuthenticatedOperator, now: Date, cost: PinHashCost = .standard
    ) throws {
        try supervisor.require(.administer)
        if let problem = OperatorCredentials.problem(withPassword: password, for: id) { throw OperatorError.badPassword(problem) }
        let credential = try PinHasher.credential(for: password, cost: cost)
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard var record = try OperatorRecord.fetchOne(db, key: id) else { throw OperatorError.noSuchOperator(id) }
            record.credential = credential
            record.failures = 0
            record.isDisabled = false
            try record.update(db)
            try Journal.append(db, origin: installation.originID, kind: .operatorReset,
                               payload: OperatorPayload(operator: id, by: supervisor.id, role: nil), at: now)
        }
    }

    /// Every operator, by ID.
    public func operators() throws -> [OperatorAccount] {
        try read { db in try OperatorRecord.order(Column("id")).fetchAll(db).map(\.account) }
    }

    private static func checkNew(id: String, password: String) throws(OperatorError) {
        guard OperatorCredentials.isValidID(id) else { throw .invalidID(id) }
        if let problem = OperatorCredentials.problem(withPassword: password, for: id) { throw .badPassword(problem) }
    }
}

/// What the journal says of an operator event: operator IDs only (they name posts, not people).
private struct OperatorPayload: Encodable {
    var `operator`: String
    var by: String?
    var role: String?
}

/// What became of an operator's session at the counter console.
public enum ConsoleChange: Sendable {
    case locked
    case signedOut
}
