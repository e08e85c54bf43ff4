import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v8 from a v7 file")
struct MigrationV8Tests {
    @Test("a member under review before v8 gets its decide-by day from the application, and the queue lists it")
    func fromV7WithData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: "v7: signed bundles")
            try queue.write { db in
                try InstallationRecord(
                    originID: Journey.origin, isDemo: false, createdAt: Fixtures.start, subjectSecret: Data(repeating: 7, count: 32)
                ).insert(db)
                try Journal.append(db, origin: Journey.origin, kind: .installationCreated, payload: ["isDemo": false], at: Fixtures.start)
                for person in [Journey.sharerRecord, Journey.childRecord, Journey.spouseRecord] { try person.insert(db) }
                var application = try Journey.application()
                try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Journey.at("2026-11-23", "10:01"),
                                      profile: Journey.profile, calendar: Journey.calendar)
                try application.apply(.confirm(.member), toMemberAt: 0, at: Journey.at("2026-11-24"),
                                      profile: Journey.profile, calendar: Journey.calendar)
                try ApplicationRecord(number: number, application: application, createdAt: Journey.at("2026-11-23")).insert(db)
                try db.execute(sql: """
                    INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                    VALUES (?, 0, ?, 'underReview', 1, '["hospital"]')
                    """, arguments: [number.text, Journey.childRecord.idNumber])
                try db.execute(sql: "INSERT INTO application_sequence (origin, last_issued) VALUES (?, 1)", arguments: [Journey.origin])
            }
        }
        let store = try KioskDatabase.open(at: path)
        let items = try store.reviewQueue(today: CivilDate("2026-11-25")!).items
        #expect(items.map(\.number) == [number])
        #expect(items.first?.decideBy == CivilDate("2026-11-27"))
        try store.rejectMember(
            0, of: number, reasons: [.proofMissing], reviewer: try OperatorID("rev-1"), at: Journey.at("2026-11-25"),
            profile: Journey.profile, calendar: Journey.calendar)
        let decideBy = try store.read { db in try String?.fetchOne(db, sql: "SELECT decide_by FROM application_member") }
        #expect(decideBy == .some(nil), "a member no longer under review has no decide-by day")
    }
}
