import FamilyAid
import Foundation
import GRDB

/// What `gongji audit` asks of the journal: any of who acted, whom it concerned, and when.
public struct AuditFilter: Sendable {
    /// Events an operator did or underwent: as reviewer, as the operator concerned, or by whom.
    public var operatorID: String?
    /// Events that concern a resident: their sign-ins, relationships and money by their subject,
    /// and every event of the applications they made or are a member of.
    public var residentIDNumber: String?
    /// Instants from `from` (inclusive) to `to` (exclusive).
    public var from: Date?
    public var to: Date?

    public init(operatorID: String? = nil, residentIDNumber: String? = nil, from: Date? = nil, to: Date? = nil) {
        self.operatorID = operatorID
        self.residentIDNumber = residentIDNumber
        self.from = from
        self.to = to
    }
}

extension KioskDatabase {
    /// The journal's events that match `filter`, oldest first, at most `limit` of them.
    ///
    /// The journal names residents only by their subject key, so a resident is found by the key
    /// their ID number makes in this installation and by the numbers of their applications.
    public func auditEvents(_ filter: AuditFilter, limit: Int = 10_000) throws -> [JournalEventRecord] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let id = filter.operatorID {
                conditions.append("""
                    (json_extract(payload, '$.reviewer') = ? OR json_extract(payload, '$.operator') = ?
                        OR json_extract(payload, '$.by') = ?)
                    """)
                arguments += [id, id, id]
            }
            if let idNumber = filter.residentIDNumber {
                let installation = try InstallationRecord.fetchRequired(db)
                let subject = SubjectKey(idNumber: idNumber, secret: installation.subjectSecret).hex
                let normalized = InsuredPersonRecord.normalizedIDNumber(idNumber)
                let numbers = try String.fetchAll(db, sql: """
                    SELECT number FROM application WHERE sharer_id = ?
                    UNION SELECT application_number FROM application_member WHERE member_id = ?
                    """, arguments: [normalized, normalized])
                let placeholders = numbers.isEmpty ? "NULL" : Array(repeating: "?", count: numbers.count).joined(separator: ", ")
                conditions.append("""
                    (instr(payload, ?) > 0 OR json_extract(payload, '$.number') IN (\(placeholders)))
                    """)
                arguments += [subject]
                arguments += StatementArguments(numbers)
            }
            if let from = filter.from {
                conditions.append("recorded_at >= ?")
                arguments += [Journal.storedText(of: from)]
            }
            if let to = filter.to {
                conditions.append("recorded_at < ?")
                arguments += [Journal.storedText(of: to)]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            return try JournalEventRecord.fetchAll(db, sql: """
                SELECT * FROM journal_event \(whereClause) ORDER BY recorded_at, origin, sequence LIMIT ?
                """, arguments: arguments + [limit])
        }
    }
}
