import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// This installation's events since the last recorded export, with the applications they
    /// touched as they stand now; nil when nothing happened since but exports. One read transaction, so the
    /// applications are exactly as the last event left them.
    ///
    /// Nothing is marked here: the caller writes the bundle and then calls `recordExport`, so a
    /// bundle that could not be written is simply made again next time.
    public func pendingExport() throws -> ExchangeBatch? {
        try read { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let exported = try Int64.fetchOne(db, sql: "SELECT max(to_sequence) FROM bundle_export") ?? 0
            let events = try ExchangedEvent.fetchAll(db, origin: installation.originID, after: exported)
            // The record of the last export is news to nobody: it waits for the next real change.
            guard events.contains(where: { $0.kind != JournalEventKind.bundleExported.rawValue }) else { return nil }
            let numbers = try Self.applicationsTouched(db, by: events)
            let messages = try OutboxMessageRecord
                .filter(sql: "origin = ? AND state IN ('pending', 'noRecipient')", arguments: [installation.originID])
                .filter(numbers.contains(Column("application_number")))
                .order(sql: "sequence").fetchAll(db)
            return ExchangeBatch(
                origin: installation.originID, isDemo: installation.isDemo, events: events,
                applications: try numbers.map { try ExchangedApplication.fetch(db, number: $0) }, messages: messages,
                payments: try ExchangedPayment.fetchAll(db, recordedBy: events, installation: installation))
        }
    }

    /// Records that `batch` left in a bundle whose SHA-256 is `bundleSHA256`, so the next export
    /// starts after it; journaled, naming the operator. Refused when another export recorded the
    /// same events meanwhile.
    public func recordExport(_ batch: ExchangeBatch, bundleSHA256: String, by exporter: OperatorID, now: Date) throws {
        guard let range = batch.range, let head = batch.events.last?.hash else { return }
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let exported = try Int64.fetchOne(db, sql: "SELECT max(to_sequence) FROM bundle_export") ?? 0
            guard range.lowerBound == exported + 1 else { throw ExchangeRefusal.exportedMeanwhile }
            try db.execute(sql: """
                INSERT INTO bundle_export (to_sequence, from_sequence, chain_head, bundle_sha256, exported_at, exported_by)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [range.upperBound, range.lowerBound, head, bundleSHA256, now, exporter.text])
            try Journal.append(
                db, origin: installation.originID, kind: .bundleExported,
                payload: BundleExported(
                    from: range.lowerBound, to: range.upperBound, chainHead: head, bundle: bundleSHA256,
                    applications: batch.applicationCount, by: exporter.text),
                at: now)
        }
    }

    /// The applications the events name, directly (`number`) or through a relationship they
    /// changed, in number order.
    private static func applicationsTouched(_ db: Database, by events: [ExchangedEvent]) throws -> [String] {
        var numbers = Set<String>()
        var relationships = Set<Int64>()
        for event in events {
            for reference in PayloadReference.all(in: event.payload) {
                if let number = reference.number { numbers.insert(number) }
                if event.kind.hasPrefix("relationship."), let id = reference.relationship { relationships.insert(id) }
            }
        }
        for id in relationships {
            if let number = try String.fetchOne(db, sql: "SELECT application_number FROM relationship WHERE id = ?", arguments: [id]) {
                numbers.insert(number)
            }
        }
        return try numbers.sorted().filter { try ApplicationRecord.exists(db, key: $0) }
    }
}

extension ExchangedEvent {
    /// `origin`'s events after sequence `after`, oldest first, exactly as stored.
    static func fetchAll(_ db: Database, origin: String, after sequence: Int64) throws -> [ExchangedEvent] {
        try Row.fetchAll(db, sql: """
            SELECT origin, sequence, kind, payload, recorded_at, prev_hash, hash FROM journal_event
            WHERE origin = ? AND sequence > ? ORDER BY sequence
            """, arguments: [origin, sequence]).map { row in
            ExchangedEvent(
                origin: row["origin"], sequence: row["sequence"], kind: row["kind"], payload: row["payload"],
                recordedAt: row["recorded_at"], prevHash: row["prev_hash"], hash: row["hash"])
        }
    }
}

extension ExchangedApplication {
    static func fetch(_ db: Database, number: String) throws -> ExchangedApplication {
        guard let application = try ApplicationRecord.fetchOne(db, key: number) else {
            throw KioskStoreError.applicationNotFound(number: number)
        }
        let relationships = try RelationshipRecord
            .filter(sql: "application_number = ? AND member_position IS NOT NULL", arguments: [number])
            .order(sql: "id").fetchAll(db)
        return ExchangedApplication(
            application: application, takenInBy: try KioskDatabase.intake(of: number, db: db),
            paperForm: try KioskDatabase.paperForm(of: number, db: db),
            members: try ApplicationMemberRecord.filter(sql: "application_number = ?", arguments: [number])
                .order(sql: "position").fetchAll(db),
            proofs: try ProofReferenceRecord.filter(sql: "application_number = ?", arguments: [number])
                .order(sql: "position, ordinal").fetchAll(db),
            signature: try CommitmentSignatureRecord.fetchOne(db, key: number),
            relationships: try relationships.map { record in
                ExchangedRelationship(memberPosition: record.memberPosition ?? 0, relationship: try record.relationship)
            },
            reviewNotes: try Row.fetchAll(db, sql: """
                SELECT position, review_note FROM application_member WHERE application_number = ? AND review_note IS NOT NULL
                ORDER BY position
                """, arguments: [number]).map { ExchangedReviewNote(position: $0["position"], note: $0["review_note"]) })
    }

    /// Writes the reviewer's notes this application carries for the members at `positions`
    /// (those taken as they came), over whatever note this store had for them.
    /// A bundle made before notes travelled says nothing of them: the notes held here stay.
    func takeReviewNotes(for positions: some Sequence<Int>, db: Database) throws {
        guard let reviewNotes else { return }
        let notes = Dictionary(reviewNotes.map { ($0.position, $0.note) }, uniquingKeysWith: { _, last in last })
        for position in positions {
            try db.execute(sql: "UPDATE application_member SET review_note = ? WHERE application_number = ? AND position = ?",
                           arguments: [notes[position], application.number, position])
        }
    }
}

/// What an event's payload says about which application or relationship it concerns: one
/// object, or a list of them (a sweep over several).
private struct PayloadReference: Decodable {
    var number: String?
    var relationship: Int64?

    static func all(in payload: String) -> [PayloadReference] {
        JournalPayloadList.decode(PayloadReference.self, from: Data(payload.utf8))
    }
}

private struct BundleExported: Encodable {
    var from: Int64
    var to: Int64
    var chainHead: String
    var bundle: String
    var applications: Int
    var by: String
}
