import FamilyAid
import Foundation

/// What the central office sends back to its counters and kiosks: the registry as it holds it
/// (people, balances, card-PIN hashes), every sharing relationship it knows, and the applications
/// of other installations with the decisions made on them, so that offline checks and status
/// screens work on current data.
public struct RegistrySnapshot: Codable, Sendable, Equatable {
    public static let format = "gongji-registry-v1"

    public var format = Self.format
    public var origin: String
    public var isDemo: Bool
    /// When the snapshot was read: a later import of an older one is refused.
    public var takenAt: Date
    var people: [RegistryPerson]
    var relationships: [RegistryRelationship]
    var applications: [ExchangedApplication]

    public var personCount: Int { people.count }
    public var relationshipCount: Int { relationships.count }
}

/// One registry entry with its card-PIN credential, which is a salted slow hash, never the PIN.
struct RegistryPerson: Codable, Sendable, Equatable {
    var person: InsuredPersonRecord
    var credential: PinCredentialRecord?
}

/// A sharing relationship as the registry lists it: who, in which state, over which days.
struct RegistryRelationship: Codable, Sendable, Equatable {
    var sharerID: String
    var memberID: String
    var state: String
    var startOn: String
    var endOn: String?
}

/// What importing a snapshot did.
public struct RegistryImportOutcome: Equatable, Sendable {
    public var people: Int
    public var relationships: Int
    /// This installation's own applications whose members the central office moved on.
    public var applicationsUpdated: Int
    /// Members decided here and at the central office both: this store's decision is kept.
    public var conflicts: [ImportConflict]
}
