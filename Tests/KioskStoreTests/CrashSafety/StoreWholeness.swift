import Foundation
import GRDB
import KioskStore

/// What a store must be after any program writing it was killed: it opens, its journal verifies,
/// SQLite finds nothing damaged, and every application is wholly there or wholly absent, in
/// agreement with the journal. Applications come from submissions (`application.submitted`,
/// with how many members and proofs), from bundles (the other origin's same events) or from
/// seeding (`demo.seeded`, with how many in the batch).
struct StoreWholeness: CustomStringConvertible {
    var applications = 0
    var members = 0
    var proofs = 0
    var relationships = 0
    var events = 0
    var problems: [String] = []

    var description: String {
        "\(applications) applications, \(members) members, \(proofs) proofs, \(relationships) relationships, \(events) events"
            + (problems.isEmpty ? "" : "; " + problems.joined(separator: "; "))
    }

    static func check(_ path: String) -> StoreWholeness {
        var report = StoreWholeness()
        do {
            switch try KioskDatabase.open(at: path).verifyJournal() {
            case .ok(_, let events): report.events = events
            case .broken(let origin, let sequence, let reason): report.problems.append("journal broken at \(origin) \(sequence): \(reason)")
            }
            try DatabaseQueue(path: path).read { db in try report.inspect(db) }
        } catch {
            report.problems.append("\(error)")
        }
        return report
    }

    private mutating func inspect(_ db: Database) throws {
        let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
        if integrity != ["ok"] { problems.append("integrity: \(integrity.joined(separator: ", "))") }
        if try Row.fetchOne(db, sql: "PRAGMA foreign_key_check") != nil { problems.append("a row refers to one that is missing") }

        applications = try count(db, "SELECT count(*) FROM application")
        members = try count(db, "SELECT count(*) FROM application_member")
        proofs = try count(db, "SELECT count(*) FROM proof_reference")
        relationships = try count(db, "SELECT count(*) FROM relationship")

        let memberless = try count(db, """
            SELECT count(*) FROM application a
            WHERE NOT EXISTS (SELECT 1 FROM application_member m WHERE m.application_number = a.number)
            """)
        if memberless > 0 { problems.append("\(memberless) application(s) without members") }

        // Each submission the journal records is stored whole: its members and its proofs.
        let halfStored = try Row.fetchAll(db, sql: """
            SELECT e.number, e.members, e.proofs,
                (SELECT count(*) FROM application_member m WHERE m.application_number = e.number) AS storedMembers,
                (SELECT count(*) FROM proof_reference p WHERE p.application_number = e.number) AS storedProofs,
                EXISTS (SELECT 1 FROM application a WHERE a.number = e.number) AS stored
            FROM (SELECT json_extract(payload, '$.number') AS number,
                         json_array_length(payload, '$.stages') AS members,
                         json_extract(payload, '$.proofs') AS proofs
                  FROM journal_event WHERE kind = 'application.submitted') e
            WHERE NOT stored OR storedMembers != e.members OR storedProofs != e.proofs
            """)
        for row in halfStored {
            let number: String = row["number"]
            problems.append("\(number): journaled with \(row["members"] as Int) member(s) and \(row["proofs"] as Int) proof(s), "
                + (row["stored"] as Bool ? "stored with \(row["storedMembers"] as Int) and \(row["storedProofs"] as Int)" : "not stored"))
        }

        // And no application is stored that the journal does not account for.
        let journaled = try count(db, "SELECT count(*) FROM journal_event WHERE kind = 'application.submitted'")
            + count(db, "SELECT coalesce(sum(json_extract(payload, '$.applications')), 0) FROM journal_event WHERE kind = 'demo.seeded'")
        if journaled != applications { problems.append("\(applications) applications stored, \(journaled) journaled") }

        let imports = try count(db, "SELECT count(*) FROM bundle_import")
        let journaledImports = try count(db, "SELECT count(*) FROM journal_event WHERE kind = 'exchange.bundle_imported'")
        if imports != journaledImports { problems.append("\(imports) bundle imports stored, \(journaledImports) journaled") }
    }

    private func count(_ db: Database, _ sql: String) throws -> Int {
        try Int.fetchOne(db, sql: sql) ?? 0
    }
}
