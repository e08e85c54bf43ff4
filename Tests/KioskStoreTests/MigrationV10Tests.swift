import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v10 from a v9 file")
struct MigrationV10Tests {
    @Test("a flag stored before v10 is still open and can be closed with who and why")
    func fromV9WithAFlag() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v9: counter intake")
            try queue.write { db in
                try ApplicationRecord(number: number, application: try Journey.application(), createdAt: Journey.at("2026-11-23")).insert(db)
                try db.execute(sql: """
                    INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                    VALUES (?, 0, ?, 'approved', 1, '["hospital"]')
                    """, arguments: [number.text, Journey.childRecord.idNumber])
                try db.execute(sql: """
                    INSERT INTO import_conflict (application_number, position, reasons, origin, found_at)
                    VALUES (?, 0, '["DECIDED_ON_BOTH_SIDES"]', 'CENTRL', '2026-11-26 02:00:00.000')
                    """, arguments: [number.text])
            }
        }
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue)
        try queue.write { db in
            #expect(try Row.fetchOne(db, sql: "SELECT resolved_by, resolution_note FROM import_conflict") == ["resolved_by": nil, "resolution_note": nil])
            #expect(throws: DatabaseError.self, "a note has a length") {
                try db.execute(sql: "UPDATE import_conflict SET resolution_note = ''")
            }
            try db.execute(sql: "UPDATE import_conflict SET resolved_by = 'demo-reviewer', resolution_note = '已核对'")
        }
    }
}
