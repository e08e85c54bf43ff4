import FamilyAid
import Foundation
import GRDB

/// An application as a benchmark picks it: its number and its sharer's ID number.
public struct SampledApplication: Hashable, Sendable {
    public var number: ApplicationNumber
    public var sharerIDNumber: String
}

extension KioskDatabase {
    /// How many applications the store holds.
    public func applicationCount() throws -> Int {
        try read(ApplicationRecord.fetchCount)
    }

    /// Up to `count` applications spread evenly over the store in the order they were stored, so
    /// that a benchmark reads old and new rows alike. They are found by rowid, a handful of index
    /// probes rather than a scan of a million rows.
    public func spreadSample(count: Int) throws -> [SampledApplication] {
        try read { db in
            guard count > 0, let last = try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM application") else { return [] }
            let statement = try db.cachedStatement(sql: """
                SELECT number, sharer_id FROM application WHERE rowid >= ? ORDER BY rowid LIMIT 1
                """)
            var sample: [SampledApplication] = []
            var seen = Set<String>()
            for step in 0..<Int64(count) {
                let rowid = 1 + step * last / Int64(count)
                guard let row = try Row.fetchOne(statement, arguments: [rowid]) else { continue }
                let number: String = row["number"]
                guard seen.insert(number).inserted else { continue }
                sample.append(SampledApplication(number: try ApplicationNumber.parse(number), sharerIDNumber: row["sharer_id"]))
            }
            return sample
        }
    }
}
