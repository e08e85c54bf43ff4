import Foundation
import GRDB
import KioskStore
import Testing

@Suite("Opening a store file")
struct OpeningTests {
    @Test("two stores on one file, writing at once from two threads: the second waits and every write lands")
    func concurrentWritersOnOneFile() async throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let kiosk = try KioskDatabase.open(at: path)
        try kiosk.install(originID: Fixtures.origin, isDemo: true, now: Fixtures.start)
        // One person with a PIN at the test cost, so that decoy checks cost the same small amount.
        try kiosk.addInsuredPerson(Fixtures.sharer, pin: Fixtures.pin, pinCost: .fastForTests, now: Fixtures.start)
        let console = try KioskDatabase.open(at: path)
        let perWriter = 40

        try await withThrowingTaskGroup(of: Void.self) { group in
            for (writerIndex, store) in [kiosk, console].enumerated() {
                group.addTask {
                    for index in 0..<perWriter {
                        var person = Fixtures.sharer
                        person.idNumber = String(format: "1101051990%d%07d", writerIndex, index)
                        // Sign-ins hold the write lock through a PIN check, as the kiosk's do.
                        _ = try store.signIn(
                            idNumber: person.idNumber, pin: Fixtures.wrongPin,
                            now: Fixtures.start, lockout: .standard)
                        try store.addInsuredPerson(person, pin: nil, pinCost: .fastForTests, now: Fixtures.start)
                    }
                }
            }
            try await group.waitForAll()
        }

        #expect(try kiosk.insuredPersonCount() == 1 + 2 * perWriter)
        #expect(try console.verifyJournal() == .ok(origins: 1, events: 2 + 4 * perWriter))
    }

    @Test("a file that is not a database is refused as not a gongji store")
    func garbageFile() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("notes.txt")
        try Data(String(repeating: "shopping list\n", count: 400).utf8).write(to: URL(fileURLWithPath: path))

        #expect(throws: KioskStoreError.notAGongjiStore(path: path)) {
            try KioskDatabase.open(at: path)
        }
    }

    @Test("another program's SQLite database is refused and left unchanged")
    func foreignDatabase() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("other.sqlite")
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE invoice (id INTEGER PRIMARY KEY)") }

        #expect(throws: KioskStoreError.notAGongjiStore(path: path)) {
            try KioskDatabase.open(at: path)
        }
        let tables = try other.read { db in
            try String.fetchSet(db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table'")
        }
        #expect(tables == ["invoice"])
    }

    @Test("a new store killed before its first migration committed opens as new; another program's migrated file does not")
    func killedBeforeTheFirstMigration() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("new.sqlite")
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
        }
        _ = try KioskDatabase.open(at: path)
        let mark = try DatabaseQueue(path: path).read { db in try Int32.fetchOne(db, sql: "PRAGMA application_id") }
        #expect(mark == 0x676A_6B73, "migrated and marked as gongji's")

        let otherPath = directory.path("other.sqlite")
        try DatabaseQueue(path: otherPath).write { db in
            try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v1: invoices')")
        }
        #expect(throws: KioskStoreError.notAGongjiStore(path: otherPath)) {
            try KioskDatabase.open(at: otherPath)
        }
    }

    @Test("a store migrated by a newer version is refused")
    func newerVersion() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        _ = try KioskDatabase.open(at: path)
        let raw = try DatabaseQueue(path: path)
        try raw.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99: from the future')")
        }

        #expect(throws: KioskStoreError.madeByNewerVersion(path: path)) {
            try KioskDatabase.open(at: path)
        }
    }

    @Test("a folder that does not exist cannot be opened, and the error says which file")
    func missingFolder() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("no/such/folder/store.sqlite")

        let error = try #require(throws: KioskStoreError.self) {
            try KioskDatabase.open(at: path)
        }
        guard case .cannotOpen(let reportedPath, _) = error else {
            Issue.record("expected cannotOpen, got \(error)")
            return
        }
        #expect(reportedPath == path)
        #expect(error.localizedDescription.contains(path))
    }
}

/// The store holds residents' data: nobody but the service's user and group may read it.
@Suite("Store file permissions")
struct StorePermissionTests {
    static func mode(_ path: String) throws -> Int {
        try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    @Test("a new store and its WAL files give others no access; an old file that did loses it")
    func noAccessForOthers() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("new.sqlite")
        let store = try KioskDatabase.open(at: path)
        try store.install(originID: Fixtures.origin, isDemo: false, now: Fixtures.start)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            #expect(try Self.mode(file) & 0o007 == 0, "\(file)")
        }
        #expect(FileManager.default.fileExists(atPath: path + "-wal"))

        let old = directory.path("old.sqlite")
        _ = try KioskDatabase.open(at: old)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: old)
        _ = try KioskDatabase.open(at: old)
        #expect(try Self.mode(old) == 0o640)
    }
}
