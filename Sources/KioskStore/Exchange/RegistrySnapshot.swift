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
    /// For each installation whose bundles the central office has imported, the last event of
    /// it imported: the payments that installation made after it are not in these balances yet,
    /// so it keeps them on top when it takes the snapshot.
    var appliedThrough: [String: Int64] = [:]

    public var personCount: Int { people.count }
    public var relationshipCount: Int { relationships.count }
}

extension RegistrySnapshot {
    /// Snapshots made before `appliedThrough` travelled reflect no installation's payments.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        origin = try container.decode(String.self, forKey: .origin)
        isDemo = try container.decode(Bool.self, forKey: .isDemo)
        takenAt = try container.decode(Date.self, forKey: .takenAt)
        people = try container.decode([RegistryPerson].self, forKey: .people)
        relationships = try container.decode([RegistryRelationship].self, forKey: .relationships)
        applications = try container.decode([ExchangedApplication].self, forKey: .applications)
        appliedThrough = try container.decodeIfPresent([String: Int64].self, forKey: .appliedThrough) ?? [:]
    }
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
    /// Changes to accounts made here (payments, quotas set aside or given back) that the central
    /// office had not imported yet, kept on top of its balances.
    public var accountChangesKept = 0
}
