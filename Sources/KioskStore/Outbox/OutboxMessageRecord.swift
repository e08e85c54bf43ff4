import FamilyAid
import Foundation
import GRDB

/// A row of `outbox_message`.
struct OutboxMessageRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "outbox_message"

    var id: String
    var origin: String
    var sequence: Int
    var kind: String
    var parameters: String
    var applicationNumber: String
    var memberPosition: Int
    var mobile: String?
    var language: String
    var state: String
    var createdAt: Date
    var handedOverAt: Date?
    var attempts: Int
    var receiptAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, origin, sequence, kind, parameters, mobile, language, state, attempts
        case applicationNumber = "application_number"
        case memberPosition = "member_position"
        case createdAt = "created_at"
        case handedOverAt = "handed_over_at"
        case receiptAt = "receipt_at"
    }

    /// The message ID of `origin`'s `sequence`-th message: `DEM001-M000001`. The schema checks
    /// the same spelling.
    static func messageID(origin: String, sequence: Int) -> String {
        let digits = String(sequence)
        return "\(origin)-M" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    var message: OutboxMessage {
        get throws {
            guard let kind = OutboxMessage.Kind(rawValue: kind), let state = OutboxMessage.State(rawValue: state),
                  let language = OutboxLanguage(rawValue: language) else {
                throw KioskStoreError.recordRejected(reason: "outbox message \(id) has a kind, state or language this version does not know")
            }
            return OutboxMessage(
                id: id, kind: kind, parameters: try StoredJSON.value(OutboxParameters.self, from: parameters), mobile: mobile,
                language: language, state: state, createdAt: createdAt, handedOverAt: handedOverAt, attempts: attempts,
                receiptAt: receiptAt)
        }
    }
}
