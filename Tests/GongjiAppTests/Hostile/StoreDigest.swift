import Foundation
import GRDB
import KioskStore

/// A SHA-256 over every row of every table of a store file, read through a connection of its
/// own: equal digests before and after mean nothing in the store changed. `tables` narrows it to
/// some tables, such as those two stores made alike should hold alike.
enum StoreDigest {
    static func of(_ path: String, tables only: Set<String>? = nil) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var everything = Data()
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                .filter { only?.contains($0) ?? true }
            for table in tables {
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").map(\.description).sorted()
                everything.append(Data("\(table):\(rows.count)\n".utf8))
                for row in rows { everything.append(Data((row + "\n").utf8)) }
            }
            return ContentHash.sha256Hex(everything)
        }
    }
}
