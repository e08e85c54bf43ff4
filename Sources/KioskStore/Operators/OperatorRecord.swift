import FamilyAid
import Foundation
import GRDB

/// A row of `operator`: who may work the counter's commands, in which role, with the salted
/// scrypt hash of their password and how many wrong passwords in a row they have typed.
struct OperatorRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "operator"

    var id: String
    var role: String
    var algorithm: String
    var salt: Data
    var hash: Data
    var costN: Int
    var costR: Int
    var costP: Int
    var failures: Int
    var isDisabled: Bool
    var createdAt: Date
    var createdBy: String?

    enum CodingKeys: String, CodingKey {
        case id, role, algorithm, salt, hash, failures
        case costN = "cost_n"
        case costR = "cost_r"
        case costP = "cost_p"
        case isDisabled = "is_disabled"
        case createdAt = "created_at"
        case createdBy = "created_by"
    }

    init(id: String, role: OperatorRole, credential: PinCredential, createdAt: Date, createdBy: String?) {
        self.id = id
        self.role = role.rawValue
        (algorithm, salt, hash, costN, costR, costP) = credential.columns
        failures = 0
        isDisabled = false
        self.createdAt = createdAt
        self.createdBy = createdBy
    }

    var credential: PinCredential {
        get { PinCredential((algorithm, salt, hash, costN, costR, costP)) }
        set { (algorithm, salt, hash, costN, costR, costP) = newValue.columns }
    }

    var account: OperatorAccount {
        OperatorAccount(
            id: id, role: OperatorRole(rawValue: role) ?? .intakeClerk, isDisabled: isDisabled,
            isLocked: failures >= OperatorAccount.failuresBeforeLock, createdAt: createdAt)
    }
}

/// An operator as the commands see them: never the password's hash.
public struct OperatorAccount: Hashable, Sendable {
    /// Five wrong passwords in a row lock an operator until a supervisor resets them.
    public static let failuresBeforeLock = 5

    public var id: String
    public var role: OperatorRole
    public var isDisabled: Bool
    public var isLocked: Bool
    public var createdAt: Date
}

/// An operator who has just typed the right password: what a command needs to act in their name.
public struct AuthenticatedOperator: Hashable, Sendable {
    public let id: String
    public let role: OperatorRole

    /// The ID as the journal and the review desk take it.
    public var operatorID: OperatorID {
        get throws(KioskStoreError) { try OperatorID(id) }
    }

    /// Throws unless the role allows `duty`.
    public func require(_ duty: OperatorDuty) throws(OperatorError) {
        guard role.allows(duty) else { throw .notAllowed(id: id, role: role, duty: duty) }
    }
}

/// What can refuse an operator command, in words a supervisor can act on. Wrong passwords and
/// unknown IDs are told apart only by what the operator may learn: nothing.
public enum OperatorError: Error, Hashable, Sendable {
    /// The operator ID does not exist, or the password is wrong.
    case wrongPassword(remainingTries: Int)
    /// Five wrong passwords: a supervisor must reset the operator.
    case locked(id: String)
    case disabled(id: String)
    case notAllowed(id: String, role: OperatorRole, duty: OperatorDuty)
    /// The store has operators already: the first supervisor is created only once.
    case alreadyInitialized
    /// The store has no operator yet: run `gongji operator init` first.
    case noOperators
    case idTaken(String)
    case invalidID(String)
    case badPassword(PasswordProblem)
    case noSuchOperator(String)
    /// A supervisor cannot disable themselves (the store would be left without one).
    case cannotDisableSelf
}
