import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v11: decide-by triggers")
struct MigrationV11Tests {
    /// Rows changed by one statement, the triggers' included.
    static func changes(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws -> Int {
        let before = db.totalChangesCount
        try db.execute(sql: sql, arguments: arguments)
        return db.totalChangesCount - before
    }

    @Test("a member not under review is written once; one under review gets its day, and loses it on leaving review")
    func triggersFireOnlyWhenNeeded() throws {
        let store = try Journey.store()
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        var application = try Journey.application(members: [(Journey.childRecord, .near(.child, .birth)), (Journey.spouseRecord, .near(.spouse, .marriage))])
        try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Journey.at("2026-11-23", "10:01"),
                              profile: Journey.profile, calendar: Journey.calendar)
        try application.apply(.confirm(.member), toMemberAt: 0, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        try store.write { db in
            try ApplicationRecord(number: number, application: application, createdAt: Journey.at("2026-11-23")).insert(db)
            let insert = """
                INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                VALUES (?, ?, ?, ?, 1, '["hospital"]')
                """
            #expect(try Self.changes(db, insert, [number.text, 0, Journey.childRecord.idNumber, "underReview"]) == 2)
            #expect(try Self.changes(db, insert, [number.text, 1, Journey.spouseRecord.idNumber, "systemCheck"]) == 1, "no second write")
            let decideBy = try String?.fetchAll(db, sql: "SELECT decide_by FROM application_member ORDER BY position")
            #expect(decideBy == ["2026-11-27", nil])

            let update = "UPDATE application_member SET stage = ? WHERE application_number = ? AND position = ?"
            #expect(try Self.changes(db, update, ["awaitingConfirmation", number.text, 1]) == 1, "still not under review: one write")
            #expect(try Self.changes(db, update, ["approved", number.text, 0]) == 2, "leaving review clears the day")
            #expect(try String?.fetchOne(db, sql: "SELECT decide_by FROM application_member WHERE position = 0") == .some(nil))
        }
    }
}
