import Foundation
import GRDB
import GRDBSQLite

/// One prepared INSERT (or UPDATE) that seeding runs hundreds of thousands of times, bound and stepped
/// through SQLite's C interface: GRDB's general `execute(arguments:)` (an array of existential
/// values, converted and checked one by one) cost more than SQLite's own work on these rows.
/// Only for seeding, a process of its own with no observers of the store to tell.
struct SeedRowStatement {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection

    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql).sqliteStatement
        connection = db.sqliteConnection!
    }

    /// Binds the row's values in column order, then inserts it.
    func insert(_ bindValues: (inout Row) -> Void) throws {
        _ = try run(bindValues)
    }

    /// Binds the values in order and runs the statement; gives how many rows it changed.
    func run(_ bindValues: (inout Row) -> Void) throws -> Int {
        var row = Row(statement: statement)
        bindValues(&row)
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        sqlite3_clear_bindings(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(connection)))
        }
        return Int(sqlite3_changes(connection))
    }

    /// The values of one row, bound one after another.
    struct Row {
        fileprivate let statement: SQLiteStatement
        private var index: Int32 = 0

        fileprivate init(statement: SQLiteStatement) { self.statement = statement }

        mutating func bind(_ text: String?) {
            index += 1
            guard var text else { sqlite3_bind_null(statement, index); return }
            text.withUTF8 { bytes in
                _ = sqlite3_bind_text(statement, index, bytes.baseAddress, Int32(bytes.count), SQLITE_TRANSIENT_DESTRUCTOR)
            }
        }

        mutating func bind(_ integer: Int?) {
            bind(integer.map(Int64.init))
        }

        mutating func bind(_ integer: Int64?) {
            index += 1
            guard let integer else { sqlite3_bind_null(statement, index); return }
            sqlite3_bind_int64(statement, index, integer)
        }

        /// As GRDB stores a date: text in UTC, to the millisecond.
        mutating func bind(_ date: Date) {
            bind(StorageDateText.string(from: date))
        }
    }
}

/// SQLite copies bound text at once (`SQLITE_TRANSIENT`), so Swift's buffer may go.
private let SQLITE_TRANSIENT_DESTRUCTOR = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
