import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migration v2 from a v1 file")
struct MigrationV2Tests {
    static let v1 = "v1: installation, registry, sign-in attempts, journal"

    @Test("a v1 file with data keeps every row and its journal, and gains the v2 tables")
    func fromV1WithData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        do {
            // A store as gongji wrote it before v2: installed, a person with a PIN, a sign-in.
            let queue = try DatabaseQueue(path: path)
            try StoreSchema.migrator.migrate(queue, upTo: Self.v1)
            try queue.write { db in
                try InstallationRecord(
                    originID: Journey.origin, isDemo: false, createdAt: Fixtures.start, subjectSecret: Data(repeating: 7, count: 32)
                ).insert(db)
                try Journal.append(db, origin: Journey.origin, kind: .installationCreated, payload: ["isDemo": false], at: Fixtures.start)
                try Fixtures.sharer.insert(db)
                try Journal.append(db, origin: Journey.origin, kind: .personAdded, payload: ["subject": "x"], at: Fixtures.start)
            }
            let applied = try queue.read { db in try StoreSchema.migrator.appliedMigrations(db) }
            #expect(applied == [Self.v1])
        }

        let store = try KioskDatabase.open(at: path)
        try store.addInsuredPerson(Journey.childRecord, pin: Fixtures.pin, pinCost: .fastForTests, now: Fixtures.start)
        #expect(try store.installation()?.originID == Journey.origin)
        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber) == Fixtures.sharer)
        #expect(try store.journalEvents(origin: Journey.origin).count == 3)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 3))

        let number = try Journey.submitted(in: store)
        #expect(number.sequence == 1)
        #expect(try store.application(number: number) != nil)

        let raw = try DatabaseQueue(path: path)
        #expect(try raw.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") } == 3)
    }
}
