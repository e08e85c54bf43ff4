import Foundation
import GRDB

/// One event of the append-only journal, as stored.
///
/// Events are keyed (origin, sequence): each installation numbers its own events from 1 without
/// gaps, and each event carries the hash of the one before it in its origin's chain. The payload
/// is JSON that never holds an ID number, a name or a PIN in clear; people appear only as their
/// subject key.
public struct JournalEventRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "journal_event"

    public var origin: String
    public var sequence: Int64
    /// What happened, e.g. "signin.failed"; see `JournalEventKind`.
    public var kind: String
    /// JSON text.
    public var payload: String
    /// Stored in UTC as "YYYY-MM-DD HH:MM:SS.SSS", so to the millisecond.
    public var recordedAt: Date
    /// Lower-case hex SHA-256 of the previous event of the same origin; 64 zeros for the first.
    public var prevHash: String
    /// Lower-case hex SHA-256 of this event's canonical encoding (see `JournalChain`).
    public var hash: String

    enum CodingKeys: String, CodingKey {
        case origin, sequence, kind, payload
        case recordedAt = "recorded_at"
        case prevHash = "prev_hash"
        case hash
    }
}
