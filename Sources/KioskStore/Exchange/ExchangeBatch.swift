import FamilyAid
import Foundation

/// What one installation sends another: the events its journal recorded since the last export,
/// unchanged, and the applications those events touched, whole, as they stood when the events
/// ended. The events prove what happened and in which order (each carries its chain's hashes);
/// the applications carry what the journal must not hold (names, ID numbers), so that the
/// receiving office can apply them.
///
/// A batch is one JSON document inside a bundle, whose signed manifest covers its hash.
public struct ExchangeBatch: Codable, Sendable, Equatable {
    public static let format = "gongji-batch-v1"

    public var format = Self.format
    /// The installation whose events these are.
    public var origin: String
    /// A demo store's batches go only to demo stores, so fictional people never mix with real ones.
    public var isDemo: Bool
    /// Consecutive events of `origin`'s chain, oldest first.
    public var events: [ExchangedEvent]
    var applications: [ExchangedApplication]
    /// The text messages these applications owe residents that this installation has not handed
    /// to a gateway: a counter without a network has the central office send them. Their IDs
    /// stay, so a gateway given one twice drops the second.
    var messages: [OutboxMessageRecord] = []
    /// The settlements, refunds and premium payments the events record: the receiving office
    /// repeats what they did to its own accounts, so money paid at a counter is paid once
    /// everywhere.
    var payments: [ExchangedPayment] = []

    public var applicationCount: Int { applications.count }
    public var messageCount: Int { messages.count }
    public var paymentCount: Int { payments.count }

    /// The SHA-256 (hex) of every scanned file a proof in these applications refers to: the files
    /// travel beside the batch, each named by its hash.
    public var documentHashes: [String] {
        Set(applications.flatMap { $0.proofs.compactMap(\.contentSHA256) }).sorted()
    }

    /// The first and last sequence the events cover.
    public var range: ClosedRange<Int64>? {
        guard let first = events.first, let last = events.last else { return nil }
        return first.sequence...last.sequence
    }
}

extension ExchangeBatch {
    /// Batches made before messages or payments travelled have neither: they decode as none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        origin = try container.decode(String.self, forKey: .origin)
        isDemo = try container.decode(Bool.self, forKey: .isDemo)
        events = try container.decode([ExchangedEvent].self, forKey: .events)
        applications = try container.decode([ExchangedApplication].self, forKey: .applications)
        messages = try container.decodeIfPresent([OutboxMessageRecord].self, forKey: .messages) ?? []
        payments = try container.decodeIfPresent([ExchangedPayment].self, forKey: .payments) ?? []
    }
}

/// One journal event as stored, column for column: what its hash covers is carried byte for byte.
public struct ExchangedEvent: Codable, Sendable, Equatable {
    public var origin: String
    public var sequence: Int64
    public var kind: String
    public var payload: String
    /// The stored text, "YYYY-MM-DD HH:MM:SS.SSS" in UTC, exactly as hashed.
    public var recordedAt: String
    public var prevHash: String
    public var hash: String

    var link: JournalChainLink {
        JournalChainLink(origin: origin, sequence: sequence, kind: kind, payload: payload, recordedAt: recordedAt, prevHash: prevHash)
    }
}

/// One application with its rows: members, proofs, signature, and the relationships it began.
struct ExchangedApplication: Codable, Sendable, Equatable {
    var application: ApplicationRecord
    /// The counter operator who took it in, so that the central office too lets another decide.
    var takenInBy: String?
    /// The paper application form it was taken in from, at a counter.
    var paperForm: String?
    var members: [ApplicationMemberRecord]
    var proofs: [ProofReferenceRecord]
    var signature: CommitmentSignatureRecord?
    var relationships: [ExchangedRelationship]
    /// The reviewer's note on each member's last decision, where one was written. Absent from
    /// bundles made before notes travelled.
    var reviewNotes: [ExchangedReviewNote]?
}

/// A reviewer's note on one member's last decision.
struct ExchangedReviewNote: Codable, Sendable, Equatable {
    var position: Int
    var note: String
}

/// A relationship as its origin holds it, by the application member it came from.
struct ExchangedRelationship: Codable, Sendable, Equatable {
    var memberPosition: Int
    var relationship: SharingRelationship
}
