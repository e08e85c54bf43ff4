import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// A reviewer closes the flag an imported bundle left on member `index` of `number`, saying
    /// in `note` what was done about it (the resident called, the other binding ended, the money
    /// put right at the central office). The member leaves the flagged part of the queue; its
    /// lifecycle is untouched, since the flag was never a decision. Journaled with the reviewer.
    /// Throws `noOpenImportFlag` when the member carries no open flag (closed meanwhile).
    public func resolveImportFlag(_ index: Int, of number: ApplicationNumber, note: ReviewNote, reviewer: OperatorID, now: Date) throws {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard let reasons = try String.fetchOne(db, sql: """
                SELECT reasons FROM import_conflict WHERE application_number = ? AND position = ? AND resolved_at IS NULL
                """, arguments: [number.text, index]) else {
                throw KioskStoreError.noOpenImportFlag(number: number.text, member: index)
            }
            try db.execute(sql: """
                UPDATE import_conflict SET resolved_at = ?, resolved_by = ?, resolution_note = ?
                WHERE application_number = ? AND position = ?
                """, arguments: [now, reviewer.text, note.text, number.text, index])
            try Journal.append(
                db, origin: installation.originID, kind: .importFlagResolved,
                payload: ImportFlagResolved(
                    number: number.text, member: index, reasons: try StoredJSON.value([String].self, from: reasons),
                    reviewer: reviewer.text),
                at: now)
        }
    }

    /// Who closed the flag on member `index` of `number` and what they wrote, once closed by a reviewer.
    public func importFlagResolution(_ index: Int, of number: ApplicationNumber) throws -> (reviewer: String, note: ReviewNote)? {
        try read { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT resolved_by, resolution_note FROM import_conflict
                WHERE application_number = ? AND position = ? AND resolved_at IS NOT NULL AND resolved_by IS NOT NULL
                """, arguments: [number.text, index]),
                let reviewer: String = row["resolved_by"], let note: String = row["resolution_note"] else { return nil }
            return (reviewer, try ReviewNote(note))
        }
    }
}

private struct ImportFlagResolved: Encodable {
    var number: String
    var member: Int
    var reasons: [String]
    var reviewer: String
}
