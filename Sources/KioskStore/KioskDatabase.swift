import Foundation
import GRDB

/// The kiosk's store: one SQLite file holding the installation, the insured-person registry,
/// sign-in attempts and the append-only journal.
///
/// Every method is one intent. Every method that changes something is one write transaction
/// that also appends the matching journal event, so the journal never misses a change and
/// never records one that was not saved. Methods are synchronous and may be called from any
/// thread; SQLite serialises writers, including writers in other processes.
public final class KioskDatabase: Sendable {
    /// The connection: a pool (WAL, concurrent readers) for a file, a queue for memory.
    let writer: any DatabaseWriter
    /// Where the store lives, for error messages.
    let location: String
    /// Whether this is `gongji seed` filling a file it has just made, which no other program has
    /// open: then seeding may write everything in one transaction (`openNewForSeeding`).
    let isNewForSeeding: Bool

    /// How long a write waits for another program (a kiosk and a clerk console on one file)
    /// before giving up with `KioskStoreError.busy`.
    public static let busyTimeout: TimeInterval = 5

    private init(writer: any DatabaseWriter, location: String, isNewForSeeding: Bool = false) {
        self.writer = writer
        self.location = location
        self.isNewForSeeding = isNewForSeeding
    }

    /// Opens (creating if needed) the store at `path`: WAL mode, foreign keys on, a busy timeout
    /// so that a second program on the same file waits instead of failing, migrations run.
    public static func open(at path: String) throws -> KioskDatabase {
        try explainingErrors(location: path) {
            try keepPrivate(path)
            let pool = try DatabasePool(path: path, configuration: configuration)
            let database = KioskDatabase(writer: pool, location: path)
            try database.prepareSchema()
            return database
        }
    }

    /// Creates the store at `path`, which must not exist yet, for `gongji seed` alone: one
    /// connection with a rollback journal, not WAL. Seeding a million applications then writes
    /// them in one transaction whose journal holds only the few pages the new store had (pages
    /// added beyond the old end of the file need none), and every page goes to the file once; in
    /// WAL each would be written to the log and again at the checkpoint. A seeding killed midway
    /// leaves a hot journal that the next opening rolls back. The store goes back to WAL, as
    /// every store is, when seeding has finished (`finishSeeding`).
    public static func openNewForSeeding(at path: String) throws -> KioskDatabase {
        guard !FileManager.default.fileExists(atPath: path) else { throw KioskStoreError.seedingNeedsNewFile(path: path) }
        return try explainingErrors(location: path) {
            try keepPrivate(path)
            var configuration = configuration
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let database = KioskDatabase(writer: queue, location: path, isNewForSeeding: true)
            try database.prepareSchema()
            return database
        }
    }

    /// Makes the store file readable by the service's user and group only, before SQLite opens it:
    /// a new file is created so, and SQLite gives its -wal and -shm files the same permissions. An
    /// existing file loses any permission for others; one that cannot be changed (another user's)
    /// is left to SQLite to open or refuse.
    static func keepPrivate(_ path: String) throws {
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            _ = manager.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o640])
            return
        }
        for file in [path, path + "-wal", path + "-shm"] {
            guard let mode = (try? manager.attributesOfItem(atPath: file))?[.posixPermissions] as? Int, mode & 0o007 != 0 else { continue }
            try? manager.setAttributes([.posixPermissions: mode & ~0o007], ofItemAtPath: file)
        }
    }

    /// A fresh store in memory, migrated like a file: for tests.
    public static func inMemory() throws -> KioskDatabase {
        try explainingErrors(location: "memory") {
            let queue = try DatabaseQueue(configuration: configuration)
            let database = KioskDatabase(writer: queue, location: "memory")
            try database.prepareSchema()
            return database
        }
    }

    private static var configuration: Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "gongji.store"
        return configuration
    }

    /// Refuses a file that belongs to another program or to a newer gongji, then brings the
    /// schema up to date.
    private func prepareSchema() throws {
        let migrator = StoreSchema.migrator
        try writer.read { db in
            try StoreSchema.checkBelongsToGongji(db, path: location)
            if try migrator.hasBeenSuperseded(db) {
                throw KioskStoreError.madeByNewerVersion(path: location)
            }
        }
        do {
            try migrator.migrate(writer)
        } catch {
            // Another program opening the same new file at the same moment may have run the
            // migrations first; then there is nothing left to do.
            guard try writer.read(migrator.hasCompletedMigrations) else { throw error }
        }
    }

    /// Reads in a consistent snapshot, with database failures explained.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.explainingErrors(location: location) { try writer.read(body) }
    }

    /// One write transaction (BEGIN IMMEDIATE, so a busy store is waited for up front), with
    /// database failures explained.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.explainingErrors(location: location) { try writer.write(body) }
    }

    static func explainingErrors<T>(location: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw KioskStoreError.explaining(error, path: location)
        }
    }
}
