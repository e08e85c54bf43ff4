import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v3 from a v2 file")
struct MigrationV3Tests {
    static let v2 = "v2: applications, relationships, settlements, ledger"
    static let v3 = "v3: guardians of minor members"

    @Test("a v2 file with an application keeps it, its members read without a guardian, and guardians can be recorded")
    func fromV2WithData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let application = try Journey.application()
        let number = try ApplicationNumber(origin: Journey.origin, sequence: 1)
        do {
            // A store as gongji wrote it before v3: installed, three people, one application
            // whose member waits for their own confirmation.
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: Self.v2)
            try queue.write { db in
                try InstallationRecord(
                    originID: Journey.origin, isDemo: false, createdAt: Fixtures.start, subjectSecret: Data(repeating: 7, count: 32)
                ).insert(db)
                try Journal.append(db, origin: Journey.origin, kind: .installationCreated, payload: ["isDemo": false], at: Fixtures.start)
                for person in [Journey.sharerRecord, Journey.childRecord, Journey.spouseRecord] { try person.insert(db) }
                var checked = application
                try checked.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Journey.at("2026-11-23", "10:01"),
                                  profile: Journey.profile, calendar: Journey.calendar)
                try ApplicationRecord(number: number, application: checked, createdAt: Journey.at("2026-11-23")).insert(db)
                try db.execute(sql: """
                    INSERT INTO application_member (application_number, position, member_id, stage, payment_rank, allowed_uses)
                    VALUES (?, 0, ?, 'awaitingConfirmation', 1, '["hospital"]')
                    """, arguments: [number.text, Journey.childRecord.idNumber])
                try db.execute(sql: "INSERT INTO application_sequence (origin, last_issued) VALUES (?, 1)", arguments: [Journey.origin])
            }
            #expect(try queue.read { db in try StoreSchema.migrator.appliedMigrations(db) }.last == Self.v2)
        }

        let store = try KioskDatabase.open(at: path)
        let stored = try #require(try store.application(number: number))
        #expect(stored.application.members[0].details.guardian == nil)
        #expect(stored.application.members[0].details == application.members[0].details)
        #expect(try store.invitations(awaiting: Journey.child).map(\.party) == [.member])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 1))

        // The next application names a guardian, and the guardian is asked.
        try store.addInsuredPeople([(GuardianInvitationTests.guardianRecord, nil)], now: Journey.at("2026-11-23", "08:00"))
        let next = try GuardianInvitationTests.submitted(guardian: GuardianInvitationTests.guardian, in: store)
        #expect(next.sequence == 2)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.guardian]), member: 0, application: next, at: Journey.at("2026-11-23", "10:05"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: GuardianInvitationTests.guardian).map(\.number) == [next])

        let raw = try DatabaseQueue(path: path)
        let (migrations, guardians, index) = try raw.read { db in
            (
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid"),
                try String?.fetchAll(db, sql: "SELECT guardian_id FROM application_member ORDER BY application_number"),
                try String.fetchOne(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'application_member' AND sql LIKE '%guardian_id%'")
            )
        }
        #expect(migrations.count == StoreSchema.migrator.migrations.count && migrations[2] == Self.v3)
        #expect(guardians == [nil, GuardianInvitationTests.guardianRecord.idNumber])
        #expect(index == "application_member_by_guardian")
    }
}
