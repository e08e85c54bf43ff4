import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Applies another installation's batch in one write transaction: its new events are added to
    /// this store's copy of that origin's chain unchanged, and its applications are merged in.
    /// The signature has been checked by then (`isSignature`); here the chain is.
    ///
    /// Applying the same batch again changes nothing. A batch that leaves a gap after what was
    /// imported before, whose events do not chain or match their hashes, that contradicts an
    /// event imported before, or that holds an application the origin could not have made, is
    /// refused whole (`ExchangeRefusal`). A member that cannot be applied as it came (bound here
    /// meanwhile, a limit now exceeded, decided on both sides) is kept as this store holds it and
    /// recorded as a conflict for the review queue: never silently overwritten.
    ///
    /// - Parameter profile: the policy that judges an application, to begin its relationships here.
    public func importBatch(
        _ batch: ExchangeBatch, bundleSHA256: String, by importer: OperatorID, now: Date,
        profile: (SharingApplication) throws -> PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> ImportOutcome {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard batch.origin != installation.originID else { throw ExchangeRefusal.ownOrigin(batch.origin) }
            guard batch.isDemo == installation.isDemo else { throw ExchangeRefusal.demoMismatch(batchIsDemo: batch.isDemo) }
            let newEvents = try Self.appendChain(db, batch)
            var outcome = ImportOutcome(
                origin: batch.origin, newEvents: newEvents.count, applications: 0, relationshipsBegun: 0,
                relationshipsEnded: 0, messages: 0, conflicts: [])
            guard let range = batch.range, !newEvents.isEmpty else { return outcome }
            // Relationships begin, then the money that went through them moves, then those the
            // origin ended end: an ending gives back what is unused of a quota, which is only
            // right once the bills and premiums it paid are counted.
            var endings: [(ExchangedRelationship, ApplicationNumber)] = []
            for exchanged in batch.applications {
                endings += try Self.merge(exchanged, from: batch.origin, into: &outcome, db: db, now: now, profile: profile, calendar: calendar)
            }
            try Self.repeatPayments(of: batch, newEvents: newEvents, into: &outcome, db: db, now: now)
            for (relationship, number) in endings {
                try Self.end(relationship, of: number, into: &outcome, db: db, now: now)
            }
            outcome.conflicts = Self.merged(outcome.conflicts)
            try Self.flag(outcome.conflicts, origin: batch.origin, db: db, now: now)
            let numbers = Set(batch.applications.map(\.application.number))
            for message in batch.messages {
                guard message.origin == batch.origin, numbers.contains(message.applicationNumber) else {
                    throw ExchangeRefusal.malformedApplication(message.applicationNumber)
                }
                // Pending here, whatever became of it since: sent again under its ID at worst.
                try message.insert(db, onConflict: .ignore)
                outcome.messages += db.changesCount
            }
            try db.execute(sql: """
                INSERT INTO bundle_import (origin, to_sequence, from_sequence, chain_head, bundle_sha256, imported_at,
                    imported_by, applications, conflicts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (origin, to_sequence) DO NOTHING
                """, arguments: [
                    batch.origin, range.upperBound, range.lowerBound, batch.events.last?.hash, bundleSHA256, now,
                    importer.text, outcome.applications, outcome.conflicts.count,
                ])
            try Journal.append(
                db, origin: installation.originID, kind: .bundleImported,
                payload: BundleImported(
                    origin: batch.origin, from: range.lowerBound, to: range.upperBound, bundle: bundleSHA256,
                    applications: outcome.applications, payments: outcome.paymentsApplied,
                    paymentsRefused: outcome.paymentsRefused.map { RefusedPaymentEntry(payment: $0.summary, reason: $0.reason.code) },
                    conflicts: outcome.conflicts.count, by: importer.text),
                at: now)
            return outcome
        }
    }

    /// The members imported batches left for a person to decide, the oldest first.
    public func openImportConflicts() throws -> [ImportConflict] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT application_number, position, reasons FROM import_conflict
                WHERE resolved_at IS NULL ORDER BY found_at, application_number, position
                """).map { row in
                ImportConflict(
                    number: row["application_number"], memberPosition: row["position"],
                    reasons: try StoredJSON.value([String].self, from: row["reasons"]).compactMap(ConflictReason.init(code:)))
            }
        }
    }

    /// Checks the batch's events against each other and against what this store holds of their
    /// chain, and appends the new ones; returns them.
    private static func appendChain(_ db: Database, _ batch: ExchangeBatch) throws -> [ExchangedEvent] {
        let origin = batch.origin
        let held = try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM journal_event WHERE origin = ?", arguments: [origin]) ?? 0
        guard let first = batch.events.first else { return [] }
        guard first.sequence <= held + 1 else { throw ExchangeRefusal.gap(origin: origin, expected: held + 1, found: first.sequence) }
        var previousHash = first.sequence == 1
            ? JournalChainLink.genesisHash
            : try String.fetchOne(db, sql: "SELECT hash FROM journal_event WHERE origin = ? AND sequence = ?",
                                  arguments: [origin, first.sequence - 1])
        var expectedSequence = first.sequence
        var added: [ExchangedEvent] = []
        for event in batch.events {
            guard event.origin == origin, event.sequence == expectedSequence, event.prevHash == previousHash,
                  event.link.hash == event.hash else {
                throw ExchangeRefusal.eventAltered(origin: origin, sequence: event.sequence)
            }
            if event.sequence <= held {
                let stored = try String.fetchOne(db, sql: "SELECT hash FROM journal_event WHERE origin = ? AND sequence = ?",
                                                 arguments: [origin, event.sequence])
                guard stored == event.hash else { throw ExchangeRefusal.differsFromImported(origin: origin, sequence: event.sequence) }
            } else {
                try db.execute(sql: """
                    INSERT INTO journal_event (origin, sequence, kind, payload, recorded_at, prev_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [origin, event.sequence, event.kind, event.payload, event.recordedAt, event.prevHash, event.hash])
                added.append(event)
            }
            previousHash = event.hash
            expectedSequence += 1
        }
        return added
    }

    /// Merges one application: inserted when new here, merged member by member when held, with
    /// the relationships the origin began begun here; returns those the origin ended, to end
    /// here once the batch's payments are repeated.
    private static func merge(
        _ exchanged: ExchangedApplication, from origin: String, into outcome: inout ImportOutcome, db: Database, now: Date,
        profile: (SharingApplication) throws -> PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> [(ExchangedRelationship, ApplicationNumber)] {
        let reported = try validated(exchanged, from: origin)
        let number = exchanged.application.number
        let parsed = try ApplicationNumber.parse(number)
        var diverged: [Int] = []
        if var held = try ApplicationRecord.fetchOne(db, key: number) {
            guard let merge = try held.application.merging(reported) else { throw ExchangeRefusal.anotherApplication(number) }
            let taken = merge.taken
            diverged = merge.diverged
            outcome.conflicts += merge.diverged.map { ImportConflict(number: number, memberPosition: $0, reasons: [.decidedOnBothSides]) }
            try held.save(db, merge.application, now: max(now, exchanged.application.updatedAt))
            for position in taken {
                try db.execute(sql: "DELETE FROM proof_reference WHERE application_number = ? AND position = ?", arguments: [number, position])
                for proof in exchanged.proofs where proof.position == position { try proof.insert(db) }
            }
            try exchanged.takeReviewNotes(for: taken, db: db)
            if let signature = exchanged.signature, try !CommitmentSignatureRecord.exists(db, key: number) {
                try signature.insert(db)
            }
        } else {
            try exchanged.application.insert(db)
            try setIntake(exchanged.takenInBy, of: number, db: db)
            try setPaperForm(exchanged.paperForm, of: number, db: db)
            for member in exchanged.members { try member.insert(db) }
            try exchanged.takeReviewNotes(for: exchanged.members.map(\.position), db: db)
            for proof in exchanged.proofs { try proof.insert(db) }
            try exchanged.signature?.insert(db)
        }
        outcome.applications += 1
        let merged = try ApplicationRecord.fetchRequired(db, number: parsed).application
        var endings: [(ExchangedRelationship, ApplicationNumber)] = []
        for relationship in exchanged.relationships where !diverged.contains(relationship.memberPosition) {
            if try begin(relationship, of: parsed, application: merged, into: &outcome, db: db, now: now, profile: profile, calendar: calendar),
               case .ended = relationship.relationship.state {
                endings.append((relationship, parsed))
            }
        }
        return endings
    }

    /// Begins here the relationship the origin began, unless that would break a rule here now;
    /// returns whether this store holds it (begun now or before).
    private static func begin(
        _ exchanged: ExchangedRelationship, of number: ApplicationNumber, application: SharingApplication,
        into outcome: inout ImportOutcome, db: Database, now: Date,
        profile: (SharingApplication) throws -> PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> Bool {
        let position = exchanged.memberPosition
        guard application.members.indices.contains(position), application.members[position].lifecycle.state.stage == .approved else { return false }
        var id = try Int64.fetchOne(db, sql: """
            SELECT id FROM relationship WHERE application_number = ? AND member_position = ? ORDER BY id DESC LIMIT 1
            """, arguments: [number.text, position])
        if id == nil {
            let member = application.members[position].details.id
            let otherSharers = try Int.fetchOne(db, sql: """
                SELECT count(DISTINCT sharer_id) FROM relationship WHERE member_id = ? AND sharer_id <> ? AND state <> 'ended'
                """, arguments: [member.number, application.sharer.number]) ?? 0
            let judging = try profile(application)
            let codes = BindingConflict.codes(
                binding: member, existing: try existingMembers(db, of: application.sharer), otherSharersOfMember: otherSharers,
                profile: judging)
            guard codes.isEmpty else {
                outcome.conflicts.append(ImportConflict(number: number.text, memberPosition: position, reasons: codes.map(ConflictReason.binding)))
                return false
            }
            do {
                // A savepoint, so that a refusal midway leaves nothing of this one relationship
                // while the rest of the batch goes on.
                var begun: Int64?
                try db.inSavepoint {
                    begun = try beginRelationship(
                        db, application: number, member: position, quota: exchanged.relationship.quota?.assigned, profile: judging,
                        calendar: calendar, now: now, reviewer: nil
                    ).id
                    return .commit
                }
                id = begun
                outcome.relationshipsBegun += 1
                // A member an earlier bundle could not bind, bound now: that flag needs nobody's look
                // any more, though a payment's may.
                try clearBindingReasons(of: number.text, position: position, db: db, now: now)
            } catch {
                outcome.conflicts.append(ImportConflict(number: number.text, memberPosition: position, reasons: [.bindingRefused]))
                return false
            }
        }
        return id != nil
    }

    /// Ends here the relationship the origin ended (unbound, left, dissolved), unless it has
    /// ended here already.
    private static func end(
        _ exchanged: ExchangedRelationship, of number: ApplicationNumber, into outcome: inout ImportOutcome, db: Database, now: Date
    ) throws {
        guard case .ended(let ending) = exchanged.relationship.state, let event = ending.reason.event,
              let id = try Int64.fetchOne(db, sql: """
                  SELECT id FROM relationship WHERE application_number = ? AND member_position = ? ORDER BY id DESC LIMIT 1
                  """, arguments: [number.text, exchanged.memberPosition]),
              try String.fetchOne(db, sql: "SELECT state FROM relationship WHERE id = ?", arguments: [id]) != "ended" else { return }
        _ = try endRelationship(db, id, by: event, on: ending.on, now: now)
        outcome.relationshipsEnded += 1
    }

    /// The reported application, once its rows are shown to agree with it and to be the origin's own.
    private static func validated(_ exchanged: ExchangedApplication, from origin: String) throws -> SharingApplication {
        let number = exchanged.application.number
        guard let parsed = try? ApplicationNumber.parse(number), parsed.text == number, parsed.origin == origin,
              exchanged.application.origin == origin,
              let application = try? exchanged.application.application,
              exchanged.application.sharerID == application.sharer.number,
              exchanged.members.map(\.position) == Array(application.members.indices),
              zip(exchanged.members, application.members).allSatisfy({ $0.memberID == $1.details.id.number && $0.applicationNumber == number }),
              exchanged.proofs.allSatisfy({ $0.applicationNumber == number && application.members.indices.contains($0.position) }),
              exchanged.signature.map({ $0.applicationNumber == number }) ?? true
        else { throw ExchangeRefusal.malformedApplication(number) }
        return application
    }
}

extension RelationshipEndReason {
    /// The event that ends a relationship so, where another office must repeat it; an end date
    /// passing is not repeated (every office advances its relationships itself).
    var event: RelationshipEvent? {
        switch self {
        case .unboundBySharer: .unbindBySharer
        case .memberLeft: .memberLeaves
        case .dissolved(let dissolutions): .dissolve(dissolutions)
        case .endDatePassed: nil
        }
    }
}

private struct BundleImported: Encodable {
    var origin: String
    var from: Int64
    var to: Int64
    var bundle: String
    var applications: Int
    var payments: Int
    /// Each payment not repeated here and why, so that one through no application's member
    /// (a bill the member's own account paid) is on record too; no person is named.
    var paymentsRefused: [RefusedPaymentEntry]
    var conflicts: Int
    var by: String
}

private struct RefusedPaymentEntry: Encodable {
    var payment: String
    var reason: String
}
