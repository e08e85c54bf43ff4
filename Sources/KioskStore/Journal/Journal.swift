import Foundation
import GRDB

/// Appending to and checking the journal, inside a transaction someone else opened: every domain
/// command appends its event in the same write transaction as its change, so that either both
/// are saved or neither is.
enum Journal {
    /// Appends the next event of `origin`'s chain. The sequence and predecessor are read in the
    /// same write transaction, so two programs writing to one store still make one gapless chain.
    static func append(
        _ db: Database,
        origin: String,
        kind: JournalEventKind,
        payload: some Encodable,
        at now: Date
    ) throws {
        let last = try Row.fetchOne(db, sql: """
            SELECT sequence, hash FROM journal_event
            WHERE origin = ? ORDER BY sequence DESC LIMIT 1
            """, arguments: [origin])
        let link = JournalChainLink(
            origin: origin,
            sequence: (last?["sequence"] ?? 0) + 1,
            kind: kind.rawValue,
            payload: try encodedPayload(payload),
            recordedAt: storedText(of: now),
            prevHash: last?["hash"] ?? JournalChainLink.genesisHash
        )
        // Written as text, not through `Date`, so that the stored bytes are exactly the hashed ones.
        try db.execute(sql: """
            INSERT INTO journal_event (origin, sequence, kind, payload, recorded_at, prev_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [
                link.origin, link.sequence, link.kind, link.payload, link.recordedAt, link.prevHash, link.hash,
            ])
    }

    static func events(_ db: Database, origin: String) throws -> [JournalEventRecord] {
        try JournalEventRecord
            .filter(sql: "origin = ?", arguments: [origin])
            .order(sql: "sequence")
            .fetchAll(db)
    }

    /// Walks every origin's chain in order and stops at the first break.
    static func verify(_ db: Database) throws -> JournalVerification {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT origin, sequence, kind, payload, recorded_at, prev_hash, hash
            FROM journal_event ORDER BY origin, sequence
            """)
        var origins = 0
        var events = 0
        var currentOrigin: String?
        var expectedSequence: Int64 = 1
        var expectedPrevHash = JournalChainLink.genesisHash
        while let row = try rows.next() {
            let link = JournalChainLink(
                origin: row["origin"],
                sequence: row["sequence"],
                kind: row["kind"],
                payload: row["payload"],
                recordedAt: row["recorded_at"],
                prevHash: row["prev_hash"]
            )
            let storedHash: String = row["hash"]
            if link.origin != currentOrigin {
                currentOrigin = link.origin
                origins += 1
                expectedSequence = 1
                expectedPrevHash = JournalChainLink.genesisHash
            }
            if link.sequence != expectedSequence {
                return .broken(
                    origin: link.origin, sequence: expectedSequence,
                    reason: "event \(expectedSequence) is missing: the chain goes on at event \(link.sequence)")
            }
            if link.prevHash != expectedPrevHash {
                return .broken(
                    origin: link.origin, sequence: link.sequence,
                    reason: "event \(link.sequence) does not follow the event before it (previous hash differs)")
            }
            if link.hash != storedHash {
                return .broken(
                    origin: link.origin, sequence: link.sequence,
                    reason: "event \(link.sequence) was altered (its contents do not match its hash)")
            }
            events += 1
            expectedSequence += 1
            expectedPrevHash = storedHash
        }
        return .ok(origins: origins, events: events)
    }

    /// The text a `Date` is stored as: UTC, to the millisecond. Also used for instants inside
    /// payloads, so that one instant reads the same everywhere in the journal.
    static func storedText(of date: Date) -> String {
        guard case .string(let text) = date.databaseValue.storage else {
            preconditionFailure("GRDB stores dates as text")
        }
        return text
    }

    private static func encodedPayload(_ payload: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(payload), as: UTF8.self)
    }
}
