import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v9 from a v8 file")
struct MigrationV9Tests {
    @Test("proofs stored before v9 read as not sighted, and a paper form number is unique once given")
    func fromV8WithData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v8: review queue")
            try queue.write { db in
                try ApplicationRecord(number: number, application: try Journey.application(), createdAt: Journey.at("2026-11-23")).insert(db)
                try db.execute(sql: """
                    INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                    VALUES (?, 0, ?, 'draft', 1, '["hospital"]')
                    """, arguments: [number.text, Journey.childRecord.idNumber])
                try db.execute(sql: """
                    INSERT INTO proof_reference (application_number, position, ordinal, kind, document_number)
                    VALUES (?, 0, 0, 'marriageCertificate', 'J1')
                    """, arguments: [number.text])
            }
        }
        let queue = try DatabaseQueue(path: path)
        try StoreSchema.migrator.migrate(queue)
        try queue.write { db in
            let proof = try ProofReferenceRecord.fetchOne(db)
            #expect(proof?.sighted == false)
            #expect(proof?.proof == ProofReference(kind: .marriageCertificate, documentNumber: "J1"))
            try KioskDatabase.setPaperForm("SQ-1", of: number.text, db: db)
            try KioskDatabase.setPaperForm("SQ-1", of: number.text, db: db)
            #expect(try KioskDatabase.paperForm(of: number.text, db: db) == "SQ-1", "the same application may be given its own form again")
            let second = try ApplicationRecord(
                number: try ApplicationNumber(origin: Journey.origin, sequence: 2), application: try Journey.application(),
                createdAt: Journey.at("2026-11-23"))
            try second.insert(db)
            #expect(throws: KioskStoreError.paperFormTakenIn(form: "SQ-1", application: number.text)) {
                try KioskDatabase.setPaperForm("SQ-1", of: second.number, db: db)
            }
            #expect(throws: DatabaseError.self, "the index holds even against a write past the check") {
                try db.execute(sql: "UPDATE application SET paper_form_number = 'SQ-1' WHERE number = ?", arguments: [second.number])
            }
        }
    }
}
