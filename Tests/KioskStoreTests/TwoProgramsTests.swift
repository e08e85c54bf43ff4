import Foundation
import GRDB
import KioskStore
import Testing

@Suite(
    "Another program on the same file",
    .enabled(if: OtherProgram.sqlite3 != nil, "needs the sqlite3 shell to play the other program"))
struct TwoProgramsTests {
    @Test("while another program holds the write lock, a command waits its turn and then succeeds")
    func waitsForAnotherProgram() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try KioskDatabase.open(at: path)
        try store.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)
        let marker = directory.path("locked")

        let other = try OtherProgram.sqlite3(database: path, script: """
            .bail on
            .timeout 5000
            BEGIN IMMEDIATE;
            INSERT INTO sign_in_attempt (subject, failures) VALUES ('\(String(repeating: "ab", count: 32))', 1);
            .shell touch '\(marker)'
            .shell sleep 1
            COMMIT;
            """, in: directory)
        #expect(OtherProgram.waitForFile(marker))

        let clock = ContinuousClock()
        let waited = try clock.measure {
            try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        }

        #expect(other.waitForExit() == 0)
        #expect(waited > .milliseconds(300))
        let othersRows = try DatabaseQueue(path: path).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM sign_in_attempt")
        }
        #expect(othersRows == 1)
        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber) == Fixtures.sharer)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 2))
    }

    @Test("a program killed in the middle of a write leaves nothing half-done and the store usable")
    func killedMidWrite() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let store = try KioskDatabase.open(at: path)
        try store.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)
        let marker = directory.path("half-written")
        let child = Fixtures.child

        let other = try OtherProgram.sqlite3(database: path, script: """
            .bail on
            .timeout 5000
            BEGIN IMMEDIATE;
            INSERT INTO insured_person (id_number, name, insurance_kind, insurance_status, region_code,
                balance_fen, carried_over_balance_fen)
            VALUES ('\(child.idNumber)', '\(child.name)', 'resident', 'active', '440304', 0, 0);
            INSERT INTO journal_event (origin, sequence, kind, payload, recorded_at, prev_hash, hash)
            VALUES ('\(Fixtures.origin)', 2, 'registry.person_added', '{}', '2026-09-21 14:13:20.000',
                '\(String(repeating: "0", count: 64))', '\(String(repeating: "f", count: 64))');
            .shell touch '\(marker)'
            .shell sleep 30
            COMMIT;
            """, in: directory)
        // `.bail on`: the marker appears only once both inserts have been made.
        #expect(OtherProgram.waitForFile(marker))
        #expect(other.kill() == 128 + SIGKILL)

        #expect(try store.insuredPerson(idNumber: child.idNumber) == nil)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 1))
        try store.addInsuredPerson(Fixtures.sharer, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
        let reopened = try KioskDatabase.open(at: path)
        #expect(try reopened.insuredPersonCount() == 1)
        #expect(try reopened.verifyJournal() == .ok(origins: 1, events: 2))
    }
}
