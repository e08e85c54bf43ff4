import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    public static let reviewQueuePageSize = 20

    /// A page of the review queue after `cursor` (from the start when nil): the members flagged
    /// by imports first, then the members under review ordered by their decide-by day, as
    /// `filter` and `search` narrow them; `today` tells overdue from on time.
    ///
    /// Pages are cut by keyset (the sort key of the last item shown), never by OFFSET: each page
    /// costs the same whatever its depth, and a member decided meanwhile neither shifts the next
    /// page nor makes another appear twice. Members under review are read from the index
    /// on `(stage, decide_by, application_number, position)`,
    /// which gives them in order with no sort.
    public func reviewQueue(
        filter: ReviewQueueFilter = .all, search: ReviewQueueSearch? = nil, after cursor: ReviewQueueCursor? = nil,
        limit: Int = reviewQueuePageSize, today: CivilDate
    ) throws -> ReviewQueuePage {
        try read { db in
            var rows: [Row] = []
            let wantsFlagged = filter == .all || filter == .flagged
            let wantsUnderReview = filter != .flagged
            if wantsFlagged, case .underReview = cursor {} else if wantsFlagged {
                rows += try Self.flaggedRows(db, search: search, after: cursor, limit: limit + 1)
            }
            if wantsUnderReview, rows.count <= limit {
                var underReviewCursor: ReviewQueueCursor?
                if case .underReview = cursor { underReviewCursor = cursor }
                rows += try Self.underReviewRows(
                    db, filter: filter, search: search, after: underReviewCursor, limit: limit + 1 - rows.count, today: today)
            }
            let items = try rows.prefix(limit).map(Self.queueItem)
            return ReviewQueuePage(items: items, next: rows.count > limit ? items.last?.cursor : nil)
        }
    }

    /// The columns of a queue row; `flagged` is the import's reasons, or NULL. The two names are
    /// read by SQLite itself, so a page never decodes an application: decoding the whole JSON of
    /// each of 20 applications was nearly all of a page's time on a large store.
    private static func queueColumns(flagged: String) -> String {
        """
        m.application_number, m.position, m.member_id, m.stage, m.decide_by,
        json_extract(a.content, '$.members[' || m.position || '].details.name.text') AS member_name,
        (SELECT name FROM insured_person WHERE id_number = a.sharer_id) AS sharer_name, \(flagged) AS flagged
        """
    }

    private static func searchCondition(_ search: ReviewQueueSearch?) -> (String, StatementArguments) {
        switch search {
        case nil:
            return ("1", [])
        case .number(let number):
            return ("m.application_number = ?", [number.text])
        case .idNumber(let id):
            return ("(m.member_id = ? OR a.sharer_id = ?)", [id, id])
        case .name(let name):
            return ("""
                (json_extract(a.content, '$.members[' || m.position || '].details.name.text') = ?
                    OR (SELECT name FROM insured_person WHERE id_number = a.sharer_id) = ?)
                """, [name, name])
        }
    }

    private static func flaggedRows(
        _ db: Database, search: ReviewQueueSearch?, after cursor: ReviewQueueCursor?, limit: Int
    ) throws -> [Row] {
        var arguments: StatementArguments = []
        var after = "1"
        if case .flagged(let number, let position) = cursor {
            after = "(c.application_number, c.position) > (?, ?)"
            arguments += [number, position]
        }
        let (condition, searchArguments) = searchCondition(search)
        arguments += searchArguments
        arguments += [limit]
        return try Row.fetchAll(db, sql: """
            SELECT \(queueColumns(flagged: "c.reasons"))
            FROM import_conflict c
            JOIN application_member m ON m.application_number = c.application_number AND m.position = c.position
            JOIN application a ON a.number = m.application_number
            WHERE c.resolved_at IS NULL AND \(after) AND \(condition)
            ORDER BY c.application_number, c.position
            LIMIT ?
            """, arguments: arguments)
    }

    private static func underReviewRows(
        _ db: Database, filter: ReviewQueueFilter, search: ReviewQueueSearch?, after cursor: ReviewQueueCursor?,
        limit: Int, today: CivilDate
    ) throws -> [Row] {
        guard limit > 0 else { return [] }
        var arguments: StatementArguments = []
        var conditions = ["m.stage = 'underReview'", "m.decide_by IS NOT NULL"]
        switch filter {
        case .overdue:
            conditions.append("m.decide_by < ?")
            arguments += [today.description]
        case .onTime:
            conditions.append("m.decide_by >= ?")
            arguments += [today.description]
        case .all, .flagged:
            break
        }
        if case .underReview(let decideBy, let number, let position) = cursor {
            conditions.append("(m.decide_by, m.application_number, m.position) > (?, ?, ?)")
            arguments += [decideBy.description, number, position]
        }
        // Flagged members are listed in their own part, before; never twice.
        conditions.append("""
            NOT EXISTS (SELECT 1 FROM import_conflict f WHERE f.application_number = m.application_number
                AND f.position = m.position AND f.resolved_at IS NULL)
            """)
        let (condition, searchArguments) = searchCondition(search)
        conditions.append(condition)
        arguments += searchArguments
        arguments += [limit]
        return try Row.fetchAll(db, sql: """
            SELECT \(queueColumns(flagged: "NULL"))
            FROM application_member m
            JOIN application a ON a.number = m.application_number
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY m.decide_by, m.application_number, m.position
            LIMIT ?
            """, arguments: arguments)
    }

    private static func queueItem(_ row: Row) throws -> ReviewQueueItem {
        let flagged: String? = row["flagged"]
        return ReviewQueueItem(
            number: try ApplicationNumber.parse(row["application_number"] as String), position: row["position"],
            memberName: row["member_name"] ?? "", memberID: row["member_id"], sharerName: row["sharer_name"],
            stage: MemberStage(rawValue: row["stage"]) ?? .underReview,
            decideBy: (row["decide_by"] as String?).flatMap(CivilDate.init),
            flaggedReasons: try flagged.map { try StoredJSON.value([String].self, from: $0) } ?? [])
    }
}
