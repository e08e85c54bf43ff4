import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Migrations from an empty file")
struct MigrationTests {
    @Test("a new file gets every table and the append-only triggers of the journal and the ledger")
    func schemaFromEmpty() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        _ = try KioskDatabase.open(at: path)

        let raw = try DatabaseQueue(path: path)
        let (tables, triggers) = try raw.read { db in
            (
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'"),
                try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'trigger'")
            )
        }
        #expect(tables.isSuperset(of: [
            "installation", "insured_person", "pin_credential", "sign_in_attempt", "journal_event", "grdb_migrations",
            "application_sequence", "application", "application_member", "proof_reference", "commitment_signature",
            "relationship", "settlement", "refund", "premium_payment", "ledger_transaction", "ledger_entry",
        ]))
        #expect(triggers == [
            "journal_event_is_never_updated", "journal_event_is_never_deleted",
            "ledger_entry_is_never_updated", "ledger_entry_is_never_deleted",
            "ledger_transaction_is_never_updated", "ledger_transaction_is_never_deleted",
            "application_member_decide_by_on_insert", "application_member_decide_by_on_update",
        ])
    }

    @Test("the file is in WAL mode, marked as a gongji store, and each migration is recorded once")
    func fileSettings() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        _ = try KioskDatabase.open(at: path)
        _ = try KioskDatabase.open(at: path)  // opening again migrates nothing

        let raw = try DatabaseQueue(path: path)
        let (journalMode, applicationID, migrations) = try raw.read { db in
            (
                try String.fetchOne(db, sql: "PRAGMA journal_mode"),
                try Int32.fetchOne(db, sql: "PRAGMA application_id"),
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            )
        }
        #expect(journalMode == "wal")
        #expect(applicationID == 0x676A_6B73)
        #expect(migrations == StoreSchema.migrator.migrations.sorted())
        #expect(migrations.filter { $0.hasPrefix("v1: ") }.count == 1, "identifiers sort as text: v10 comes before v2")
    }

    @Test("data written before closing is there after reopening")
    func reopenKeepsData() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        do {
            let store = try KioskDatabase.open(at: path)
            try store.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)
            try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }
        let reopened = try KioskDatabase.open(at: path)
        #expect(try reopened.installation()?.originID == Fixtures.origin)
        #expect(try reopened.insuredPerson(idNumber: Fixtures.sharer.idNumber) == Fixtures.sharer)
    }
}
