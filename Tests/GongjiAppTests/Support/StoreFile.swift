import GRDB

/// What a store file holds besides its rows, read through a connection of its own.
enum StoreFile {
    /// Every index the schema declares, by name, with its SQL.
    static func indexes(_ path: String) throws -> [String: String] {
        try read(path) { db in
            let rows = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["name"], $0["sql"]) })
        }
    }

    static func journalMode(_ path: String) throws -> String {
        try read(path) { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    static func rowCount(_ path: String, _ table: String) throws -> Int {
        try read(path) { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? 0 }
    }

    private static func read<T>(_ path: String, _ body: (Database) throws -> T) throws -> T {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read(body)
    }
}
