import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// How many members are under review with a decide-by day: the length of the queue's main
    /// part (members flagged by imports are listed before them).
    public func underReviewCount() throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM application_member WHERE stage = 'underReview' AND decide_by IS NOT NULL
                """) ?? 0
        }
    }

    /// The cursor that ends the queue's main part just after its `index`th member (from 0), so a
    /// reader can start a page anywhere: a benchmark at the middle or the end, a reviewer jumping
    /// far ahead. Nil past the end. Finding it walks the covering index up to `index`, so it is
    /// for setting up, not for paging (pages go by `reviewQueue(after:)`).
    public func underReviewCursor(after index: Int) throws -> ReviewQueueCursor? {
        try read { db in
            guard index >= 0, let row = try Row.fetchOne(db, sql: """
                SELECT decide_by, application_number, position FROM application_member
                WHERE stage = 'underReview' AND decide_by IS NOT NULL
                ORDER BY decide_by, application_number, position
                LIMIT 1 OFFSET ?
                """, arguments: [index]),
                let decideBy = CivilDate(row["decide_by"] as String)
            else { return nil }
            return .underReview(decideBy: decideBy, number: row["application_number"], position: row["position"])
        }
    }
}
