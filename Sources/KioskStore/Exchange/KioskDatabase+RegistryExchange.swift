import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// The registry, the relationships and the applications of other installations as this store
    /// holds them now, in one read transaction: for a registry bundle to counters and kiosks.
    public func registrySnapshot(now: Date) throws -> RegistrySnapshot {
        try read { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let credentials = Dictionary(
                uniqueKeysWithValues: try PinCredentialRecord.fetchAll(db).map { ($0.idNumber, $0) })
            let people = try InsuredPersonRecord.order(sql: "id_number").fetchAll(db).map { person in
                RegistryPerson(person: person, credential: credentials[person.idNumber])
            }
            let relationships = try Row.fetchAll(db, sql: """
                SELECT sharer_id, member_id, state, start_on, end_on FROM relationship ORDER BY id
                """).map { row in
                RegistryRelationship(sharerID: row["sharer_id"], memberID: row["member_id"], state: row["state"],
                                     startOn: row["start_on"], endOn: row["end_on"])
            }
            let numbers = try String.fetchAll(db, sql: "SELECT number FROM application WHERE origin <> ? ORDER BY number",
                                              arguments: [installation.originID])
            let applied = try Row.fetchAll(db, sql: "SELECT origin, max(to_sequence) AS through FROM bundle_import GROUP BY origin")
            return RegistrySnapshot(
                origin: installation.originID, isDemo: installation.isDemo, takenAt: now, people: people,
                relationships: relationships, applications: try numbers.map { try ExchangedApplication.fetch(db, number: $0) },
                appliedThrough: Dictionary(uniqueKeysWithValues: applied.map { ($0["origin"], $0["through"]) }))
        }
    }

    /// Takes the central office's snapshot in one write transaction: people upserted with their
    /// balances and PIN hashes (the central office keeps the accounts), the registry's
    /// relationships replaced, and this installation's own applications merged member by member
    /// with the decisions made there (a member decided on both sides keeps this store's decision
    /// and is flagged). A snapshot older than one imported before is refused.
    ///
    /// Relationships the central office began for this installation's applications are listed
    /// among the registry's, so checks see them; they are not begun again here, since the money
    /// they set aside is already in the balances.
    public func importRegistry(
        _ snapshot: RegistrySnapshot, bundleSHA256: String, by importer: OperatorID, now: Date
    ) throws -> RegistryImportOutcome {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard snapshot.origin != installation.originID else { throw ExchangeRefusal.ownOrigin(snapshot.origin) }
            guard snapshot.isDemo == installation.isDemo else { throw ExchangeRefusal.demoMismatch(batchIsDemo: snapshot.isDemo) }
            // Compared as stored (UTC text to the millisecond), so the same snapshot twice is "not newer".
            let takenAt = Journal.storedText(of: snapshot.takenAt)
            if let newest = try String.fetchOne(db, sql: "SELECT max(snapshot_at) FROM registry_import WHERE origin = ?",
                                                arguments: [snapshot.origin]), newest >= takenAt {
                throw ExchangeRefusal.olderRegistry(origin: snapshot.origin)
            }
            for entry in snapshot.people {
                try entry.person.upsert(db)
                if let credential = entry.credential, credential.idNumber == entry.person.idNumber {
                    try credential.upsert(db)
                }
            }
            let kept = try Self.keepUnreportedPayments(
                db, installation: installation, through: snapshot.appliedThrough[installation.originID] ?? 0,
                overwritten: Set(snapshot.people.map(\.person.idNumber)))
            try db.execute(sql: "DELETE FROM registry_relationship")
            for relationship in snapshot.relationships {
                try db.execute(sql: """
                    INSERT OR REPLACE INTO registry_relationship (sharer_id, member_id, state, start_on, end_on) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [relationship.sharerID, relationship.memberID, relationship.state, relationship.startOn, relationship.endOn])
            }
            var outcome = RegistryImportOutcome(
                people: snapshot.people.count, relationships: snapshot.relationships.count, applicationsUpdated: 0, conflicts: [],
                accountChangesKept: kept)
            for exchanged in snapshot.applications where exchanged.application.origin == installation.originID {
                guard var held = try ApplicationRecord.fetchOne(db, key: exchanged.application.number),
                      let reported = try? exchanged.application.application,
                      let merge = try held.application.merging(reported) else { continue }
                let current = try held.application
                if merge.application != current {
                    try held.save(db, merge.application, now: now)
                    try exchanged.takeReviewNotes(for: merge.taken, db: db)
                    outcome.applicationsUpdated += 1
                }
                outcome.conflicts += merge.diverged.map {
                    ImportConflict(number: exchanged.application.number, memberPosition: $0, reasons: [.decidedOnBothSides])
                }
            }
            outcome.conflicts = Self.merged(outcome.conflicts)
            try Self.flag(outcome.conflicts, origin: snapshot.origin, db: db, now: now)
            try db.execute(sql: """
                INSERT INTO registry_import (origin, snapshot_at, bundle_sha256, imported_at, imported_by, persons, relationships)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [snapshot.origin, takenAt, bundleSHA256, now, importer.text, outcome.people, outcome.relationships])
            try Journal.append(
                db, origin: installation.originID, kind: .registryBundleImported,
                payload: RegistryBundleImported(
                    origin: snapshot.origin, bundle: bundleSHA256, people: outcome.people, relationships: outcome.relationships,
                    applications: outcome.applicationsUpdated, accountChangesKept: kept, conflicts: outcome.conflicts.count,
                    by: importer.text),
                at: now)
            return outcome
        }
    }

    /// Puts back on top of the balances just taken what this installation's own events after
    /// event `through` did to accounts (the central office had not imported them when it took the
    /// snapshot), so that a premium paid here since the last export is not paid back by the
    /// snapshot, nor a quota set aside here given back; returns how many account changes were
    /// kept. An account spent at the central office meanwhile stays at nothing here: the payment
    /// is flagged there when its bundle arrives.
    ///
    /// Only the accounts the snapshot overwrote (`overwritten`) get them back: any other account
    /// still holds them.
    private static func keepUnreportedPayments(
        _ db: Database, installation: InstallationRecord, through: Int64, overwritten: Set<String>
    ) throws -> Int {
        let changes = try UnreportedMoney.accountChanges(db, installation: installation, after: through)
            .filter { overwritten.contains($0.holder.number) }
        for change in changes {
            guard let account = try? RegistryAccounts.account(db, change.holder, role: "account holder") else { continue }
            try RegistryAccounts.save(db, account.applying(change) ?? .none(change.holder))
        }
        return changes.count
    }

    /// Records members a bundle could not apply as they came, for the review queue. A member
    /// already flagged and not yet dealt with keeps its reasons and gains the new ones; a flag a
    /// reviewer closed opens again, without the closing's note.
    static func flag(_ conflicts: [ImportConflict], origin: String, db: Database, now: Date) throws {
        for conflict in merged(conflicts) {
            let open = try String.fetchOne(db, sql: """
                SELECT reasons FROM import_conflict WHERE application_number = ? AND position = ? AND resolved_at IS NULL
                """, arguments: [conflict.number, conflict.memberPosition])
            let held = try open.map { try StoredJSON.value([String].self, from: $0) } ?? []
            let codes = held + conflict.reasons.map(\.code).filter { !held.contains($0) }
            try db.execute(sql: """
                INSERT INTO import_conflict (application_number, position, reasons, origin, found_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (application_number, position) DO UPDATE SET
                    reasons = excluded.reasons, origin = excluded.origin, found_at = excluded.found_at, resolved_at = NULL,
                    resolved_by = NULL, resolution_note = NULL
                """, arguments: [conflict.number, conflict.memberPosition, try StoredJSON.text(codes), origin, now])
        }
    }

    /// One entry per member, with all of its reasons.
    static func merged(_ conflicts: [ImportConflict]) -> [ImportConflict] {
        var merged: [ImportConflict] = []
        for conflict in conflicts {
            if let index = merged.firstIndex(where: { $0.number == conflict.number && $0.memberPosition == conflict.memberPosition }) {
                merged[index].reasons += conflict.reasons.filter { !merged[index].reasons.contains($0) }
            } else {
                merged.append(conflict)
            }
        }
        return merged
    }

    /// Takes the reasons that stood against binding off a member's open flag, now that it bound;
    /// the flag closes when nothing else is left on it.
    static func clearBindingReasons(of number: String, position: Int, db: Database, now: Date) throws {
        guard let open = try String.fetchOne(db, sql: """
            SELECT reasons FROM import_conflict WHERE application_number = ? AND position = ? AND resolved_at IS NULL
            """, arguments: [number, position]) else { return }
        let left = try StoredJSON.value([String].self, from: open).filter { code in
            guard let reason = ConflictReason(code: code) else { return true }
            switch reason {
            case .binding, .bindingRefused: return false
            default: return true
            }
        }
        if left.isEmpty {
            try db.execute(sql: "UPDATE import_conflict SET resolved_at = ? WHERE application_number = ? AND position = ?",
                           arguments: [now, number, position])
        } else {
            try db.execute(sql: "UPDATE import_conflict SET reasons = ? WHERE application_number = ? AND position = ?",
                           arguments: [try StoredJSON.text(left), number, position])
        }
    }
}

private struct RegistryBundleImported: Encodable {
    var origin: String
    var bundle: String
    var people: Int
    var relationships: Int
    var applications: Int
    var accountChangesKept: Int
    var conflicts: Int
    var by: String
}
