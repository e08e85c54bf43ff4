import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v6 from a v5 file")
struct MigrationV6Tests {
    static let v5 = "v5: operators"
    static let v6 = "v6: notifications outbox"

    @Test("a v5 file keeps its application, whose members read without a mobile number; the outbox starts empty and fills from then on")
    func fromV5WithData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        do {
            // A store as gongji wrote it before v6: one application whose member waits for
            // their own confirmation, its details without the mobile number a later version keeps.
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: Self.v5)
            try queue.write { db in
                try InstallationRecord(
                    originID: Journey.origin, isDemo: false, createdAt: Fixtures.start, subjectSecret: Data(repeating: 7, count: 32)
                ).insert(db)
                try Journal.append(db, origin: Journey.origin, kind: .installationCreated, payload: ["isDemo": false], at: Fixtures.start)
                for person in [Journey.sharerRecord, Journey.childRecord, Journey.spouseRecord] { try person.insert(db) }
                var checked = try Journey.application()
                try checked.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Journey.at("2026-11-23", "10:01"),
                                  profile: Journey.profile, calendar: Journey.calendar)
                let record = try ApplicationRecord(number: number, application: checked, createdAt: Journey.at("2026-11-23"))
                #expect(!record.content.contains("mobile"), "details without a number are written as before v6")
                try record.insert(db)
                try db.execute(sql: """
                    INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                    VALUES (?, 0, ?, 'awaitingConfirmation', 1, '["hospital"]')
                    """, arguments: [number.text, Journey.childRecord.idNumber])
                try db.execute(sql: "INSERT INTO application_sequence (origin, last_issued) VALUES (?, 1)", arguments: [Journey.origin])
            }
        }

        let store = try KioskDatabase.open(at: path)
        #expect(try store.application(number: number)?.application.members[0].details.mobile == nil)
        #expect(try store.outboxMessages().isEmpty, "nothing is invented for what happened before")
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        try store.rejectMember(
            0, of: number, reasons: [.proofMissing], reviewer: try OperatorID("rev-1"), at: Journey.at("2026-11-25"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.outboxMessages().map(\.id) == ["\(Journey.origin)-M000001"])
        let migrations = try DatabaseQueue(path: path).read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
        }
        #expect(migrations.count == StoreSchema.migrator.migrations.count && migrations[5] == Self.v6)
    }
}
