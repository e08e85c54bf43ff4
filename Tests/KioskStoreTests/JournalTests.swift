import Crypto
import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("The append-only journal")
struct JournalTests {
    let start = Fixtures.start

    @Test("the chain verifies after several commands, one event each, numbered from 1 without gaps")
    func chainVerifies() throws {
        let store = try Fixtures.storeWithSharer()
        try runSeveralCommands(on: store)

        let events = try store.journalEvents(origin: Fixtures.origin)
        #expect(events.map(\.sequence) == Array(1...Int64(events.count)))
        #expect(events.count == 8)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 8))
        for (previous, event) in zip(events, events.dropFirst()) {
            #expect(event.prevHash == previous.hash)
        }
    }

    @Test("each hash is SHA-256 of the documented canonical encoding of the stored fields")
    func canonicalEncoding() throws {
        let store = try Fixtures.storeWithSharer()
        let raw = try rawRows(of: store)

        for row in raw {
            var encoding = "gongji-journal-v1"
            for field in [row.origin, String(row.sequence), row.kind, row.payload, row.recordedAt, row.prevHash] {
                encoding += "\n\(field.utf8.count):\(field)"
            }
            let expected = SHA256.hash(data: Data(encoding.utf8)).map { String(format: "%02x", $0) }.joined()
            #expect(row.hash == expected)
        }
        #expect(raw.first?.recordedAt == "2026-09-21 14:13:20.000")
        #expect(raw.count == 2)
    }

    @Test("an edited payload is found, with its origin and sequence")
    func editedPayload() throws {
        let (directory, store) = try fileStoreWithHistory()
        try tamper(directory) { db in
            try db.execute(sql: "DROP TRIGGER journal_event_is_never_updated")
            try db.execute(sql: """
                UPDATE journal_event SET payload = '{"subject":"someone else"}' WHERE origin = ? AND sequence = 4
                """, arguments: [Fixtures.origin])
        }

        guard case .broken(let origin, let sequence, let reason) = try store.verifyJournal() else {
            Issue.record("the edit went unnoticed")
            return
        }
        #expect(origin == Fixtures.origin)
        #expect(sequence == 4)
        #expect(reason.contains("altered"))
    }

    @Test("an event edited and given a correct new hash breaks the link to the next one")
    func editedAndRehashed() throws {
        let (directory, store) = try fileStoreWithHistory()
        let third = try #require(try rawRows(of: store).first { $0.sequence == 3 })
        let forged = JournalChainLink(
            origin: third.origin, sequence: third.sequence, kind: "signin.succeeded", payload: third.payload,
            recordedAt: third.recordedAt, prevHash: third.prevHash)
        try tamper(directory) { db in
            try db.execute(sql: "DROP TRIGGER journal_event_is_never_updated")
            try db.execute(sql: """
                UPDATE journal_event SET kind = ?, hash = ? WHERE origin = ? AND sequence = 3
                """, arguments: [forged.kind, forged.hash, Fixtures.origin])
        }

        guard case .broken(let origin, let sequence, let reason) = try store.verifyJournal() else {
            Issue.record("the forgery went unnoticed")
            return
        }
        #expect(origin == Fixtures.origin)
        #expect(sequence == 4)
        #expect(reason.contains("does not follow"))
    }

    @Test("a deleted event in the middle is found as missing")
    func deletedMiddleEvent() throws {
        let (directory, store) = try fileStoreWithHistory()
        try tamper(directory) { db in
            try db.execute(sql: "DROP TRIGGER journal_event_is_never_deleted")
            try db.execute(sql: "DELETE FROM journal_event WHERE origin = ? AND sequence = 5", arguments: [Fixtures.origin])
        }

        guard case .broken(let origin, let sequence, let reason) = try store.verifyJournal() else {
            Issue.record("the deletion went unnoticed")
            return
        }
        #expect(origin == Fixtures.origin)
        #expect(sequence == 5)
        #expect(reason.contains("missing"))
    }

    @Test("the last events deleted leave a shorter chain that still verifies: counts tell the rest")
    func deletedTail() throws {
        let (directory, store) = try fileStoreWithHistory()
        let before = try store.verifyJournal()
        try tamper(directory) { db in
            try db.execute(sql: "DROP TRIGGER journal_event_is_never_deleted")
            try db.execute(sql: "DELETE FROM journal_event WHERE sequence = (SELECT max(sequence) FROM journal_event)")
        }

        #expect(before == .ok(origins: 1, events: 8))
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 7))
    }

    @Test("UPDATE and DELETE on the journal are refused by the database itself")
    func triggersRefuseChanges() throws {
        let (directory, store) = try fileStoreWithHistory()
        let raw = try DatabaseQueue(path: directory.path("store.sqlite"))

        let update = try #require(throws: DatabaseError.self) {
            try raw.write { db in try db.execute(sql: "UPDATE journal_event SET payload = '{}' WHERE sequence = 2") }
        }
        let delete = try #require(throws: DatabaseError.self) {
            try raw.write { db in try db.execute(sql: "DELETE FROM journal_event WHERE sequence = 2") }
        }
        #expect(update.message?.contains("append-only") == true)
        #expect(delete.message?.contains("append-only") == true)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: 8))
    }

    @Test("chains of other origins sit beside this one, each checked on its own")
    func severalOrigins() throws {
        let store = try Fixtures.storeWithSharer()
        let counter = "COUNTER-440304-02"
        try store.writer.write { db in
            for minute in 0..<3 {
                try Journal.append(
                    db, origin: counter, kind: .signInFailed, payload: ["subject": "imported"],
                    at: start.adding(minutes: Double(minute)))
            }
        }
        try store.addInsuredPerson(Fixtures.child, pin: nil, pinCost: .fastForTests, now: start)

        #expect(try store.journalEvents(origin: counter).map(\.sequence) == [1, 2, 3])
        #expect(try store.journalEvents(origin: Fixtures.origin).map(\.sequence) == [1, 2, 3])
        #expect(try store.verifyJournal() == .ok(origins: 2, events: 6))

        try store.writer.writeWithoutTransaction { db in
            try db.execute(sql: "DROP TRIGGER journal_event_is_never_updated")
            try db.execute(sql: "UPDATE journal_event SET recorded_at = '2020-01-01 00:00:00.000' WHERE origin = ? AND sequence = 2", arguments: [counter])
        }
        #expect(try store.verifyJournal().brokenAt == counter + "#2")
    }

    @Test("no ID number, name or PIN appears in any payload")
    func payloadsArePseudonymous() throws {
        let store = try Fixtures.storeWithSharer()
        try runSeveralCommands(on: store)
        let people = [Fixtures.sharer, Fixtures.child, Fixtures.parent]
        let secrets = people.flatMap { [$0.idNumber, $0.idNumber.lowercased(), $0.name] }
            + [Fixtures.strangerIDNumber, Fixtures.pin, Fixtures.wrongPin]
            + people.map { String($0.idNumber.suffix(8)) }  // not even the birth date and serial

        let events = try store.journalEvents(origin: Fixtures.origin)
        #expect(events.count == 8)
        for event in events {
            for secret in secrets {
                #expect(!event.payload.contains(secret), "event \(event.sequence) (\(event.kind)) holds \(secret)")
            }
        }
    }

    @Test("the same ID number gets unrelated subjects in two installations, so merged chains do not link people")
    func subjectsDifferPerInstallation() throws {
        let kiosk = try Fixtures.storeWithSharer()
        let counter = try Fixtures.storeWithSharer()

        let kioskSubject = try kiosk.journalEvents(origin: Fixtures.origin).last.map(\.payload)
        let counterSubject = try counter.journalEvents(origin: Fixtures.origin).last.map(\.payload)

        #expect(kioskSubject?.contains(#""subject":""#) == true)
        #expect(kioskSubject != counterSubject)
    }

    // MARK: - Helpers

    /// After the fixture's two events (installation, the sharer added): a person without a PIN, a
    /// seeding of one (typed with a lower-case x), an unknown number, a wrong PIN and two
    /// successes: eight events in all.
    private func runSeveralCommands(on store: KioskDatabase) throws {
        try store.addInsuredPerson(Fixtures.child, pin: nil, pinCost: .fastForTests, now: start)
        let credential = try PinHasher.credential(for: Fixtures.pin, cost: .fastForTests)
        var relative = Fixtures.parent
        relative.idNumber = relative.idNumber.lowercased()
        try store.addInsuredPeople([(relative, credential)], now: start)
        _ = try store.signIn(idNumber: Fixtures.strangerIDNumber, pin: Fixtures.pin, now: start, lockout: .standard)
        _ = try store.signIn(idNumber: Fixtures.sharer.idNumber, pin: Fixtures.wrongPin, now: start, lockout: .standard)
        _ = try store.signIn(idNumber: Fixtures.sharer.idNumber, pin: Fixtures.pin, now: start, lockout: .standard)
        _ = try store.signIn(idNumber: Fixtures.parent.idNumber, pin: Fixtures.pin, now: start, lockout: .standard)
    }

    private func fileStoreWithHistory() throws -> (TemporaryDirectory, KioskDatabase) {
        let directory = try TemporaryDirectory()
        let store = try KioskDatabase.open(at: directory.path("store.sqlite"))
        try store.install(originID: Fixtures.origin, isDemo: true, now: start)
        try store.addInsuredPerson(Fixtures.sharer, pin: Fixtures.pin, pinCost: .fastForTests, now: start)
        try runSeveralCommands(on: store)
        return (directory, store)
    }

    /// Changes the file behind the store's back, as someone with a plain SQLite tool could.
    private func tamper(_ directory: TemporaryDirectory, _ change: (Database) throws -> Void) throws {
        let raw = try DatabaseQueue(path: directory.path("store.sqlite"))
        try raw.writeWithoutTransaction(change)
    }

    private struct RawEvent {
        var origin: String, sequence: Int64, kind: String, payload: String, recordedAt: String
        var prevHash: String, hash: String
    }

    private func rawRows(of store: KioskDatabase) throws -> [RawEvent] {
        try store.writer.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM journal_event ORDER BY origin, sequence").map { row in
                RawEvent(
                    origin: row["origin"], sequence: row["sequence"], kind: row["kind"], payload: row["payload"],
                    recordedAt: row["recorded_at"], prevHash: row["prev_hash"], hash: row["hash"])
            }
        }
    }
}

extension JournalVerification {
    /// "origin#sequence" of the first break, or nil when the journal is whole.
    var brokenAt: String? {
        guard case .broken(let origin, let sequence, _) = self else { return nil }
        return "\(origin)#\(sequence)"
    }
}
