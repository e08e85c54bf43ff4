import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// The review queue: members under review by deadline, a keyset page at a time, narrowed by a
/// filter or a search; a rejection's note kept beside the member and never in the journal.
@Suite("Review queue")
struct ReviewQueueTests {
    /// Seven applications whose child went under review on these days (3 working days to decide).
    static let confirmedOn = ["2026-11-24", "2026-11-23", "2026-11-26", "2026-11-23", "2026-11-25", "2026-11-26", "2026-11-24"]

    static func store() throws -> (KioskDatabase, [ApplicationNumber]) {
        let store = try Journey.store()
        var numbers: [ApplicationNumber] = []
        for day in confirmedOn {
            let number = try Journey.submitted(in: store)
            try store.recordMemberEvent(.passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"), profile: Journey.profile, calendar: Journey.calendar)
            try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at(day, "11:00"), profile: Journey.profile, calendar: Journey.calendar)
            numbers.append(number)
        }
        return (store, numbers)
    }

    static let today = CivilDate("2026-11-30")!

    @Test("the queue is ordered by decide-by day, then application number")
    func order() throws {
        let (store, _) = try Self.store()
        let items = try store.reviewQueue(limit: 100, today: Self.today).items
        #expect(items.count == 7)
        let keys = items.map { ($0.decideBy!, $0.number.text) }
        #expect(keys.map(\.0) == keys.map(\.0).sorted())
        for (a, b) in zip(keys, keys.dropFirst()) where a.0 == b.0 { #expect(a.1 < b.1) }
        #expect(items.first?.memberName == Journey.childRecord.name)
        #expect(items.first?.sharerName == Journey.sharerRecord.name)
    }

    @Test("pages from start through middle to end give every item exactly once", arguments: [1, 2, 3, 7, 8])
    func pages(size: Int) throws {
        let (store, _) = try Self.store()
        let whole = try store.reviewQueue(limit: 100, today: Self.today).items
        var seen: [ReviewQueueItem] = []
        var cursor: ReviewQueueCursor?
        var pages = 0
        repeat {
            let page = try store.reviewQueue(after: cursor, limit: size, today: Self.today)
            #expect(page.items.count <= size)
            seen += page.items
            cursor = page.next
            pages += 1
        } while cursor != nil && pages < 20
        #expect(seen == whole)
        #expect(pages == max(1, Int((Double(whole.count) / Double(size)).rounded(.up))))
    }

    @Test("overdue and on-time filters split the queue at today")
    func filters() throws {
        let (store, _) = try Self.store()
        let overdue = try store.reviewQueue(filter: .overdue, limit: 100, today: Self.today).items
        let onTime = try store.reviewQueue(filter: .onTime, limit: 100, today: Self.today).items
        #expect(overdue.count + onTime.count == 7)
        #expect(!overdue.isEmpty && !onTime.isEmpty)
        #expect(overdue.allSatisfy { $0.decideBy! < Self.today })
        #expect(onTime.allSatisfy { $0.decideBy! >= Self.today })
        #expect(try store.reviewQueue(filter: .flagged, limit: 100, today: Self.today).items.isEmpty)
    }

    @Test("search by application number, ID number and name")
    func search() throws {
        let (store, numbers) = try Self.store()
        let byNumber = try store.reviewQueue(search: ReviewQueueSearch.parse(numbers[2].text), today: Self.today).items
        #expect(byNumber.map(\.number) == [numbers[2]])
        let byMember = try store.reviewQueue(search: ReviewQueueSearch.parse(Journey.childRecord.idNumber), limit: 100, today: Self.today)
        #expect(byMember.items.count == 7)
        let bySharer = try store.reviewQueue(search: ReviewQueueSearch.parse(Journey.sharerRecord.idNumber), limit: 100, today: Self.today)
        #expect(bySharer.items.count == 7)
        let byName = try store.reviewQueue(search: ReviewQueueSearch.parse(Journey.childRecord.name), limit: 100, today: Self.today)
        #expect(byName.items.count == 7)
        #expect(try store.reviewQueue(search: ReviewQueueSearch.parse("无此人"), today: Self.today).items.isEmpty)
    }

    @Test("a decided member leaves the queue, and the query reads the review-queue index")
    func decidedLeaves() throws {
        let (store, numbers) = try Self.store()
        try store.rejectMember(
            0, of: numbers[0], reasons: [.proofMissing], note: try ReviewNote("户口簿复印件不清楚"), reviewer: ReviewTests.reviewer,
            at: Journey.at("2026-11-27"), profile: Journey.profile, calendar: Journey.calendar)
        let items = try store.reviewQueue(limit: 100, today: Self.today).items
        #expect(items.count == 6 && !items.contains { $0.number == numbers[0] })
        #expect(try store.reviewNote(0, of: numbers[0])?.text == "户口簿复印件不清楚")
        let last = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(last.payload.contains(#""noted":true"#))
        #expect(!last.payload.contains("户口簿"), "the note's text never enters the journal")
        let plan = try store.read { db in
            try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT application_number FROM application_member
                WHERE stage = 'underReview' AND decide_by IS NOT NULL ORDER BY decide_by, application_number, position
                """).map { $0["detail"] as String }
        }
        #expect(plan.joined().contains("application_member_review_queue"), "\(plan)")
    }

    @Test("a member flagged by an import leads the queue, marked, and is listed once")
    func flagged() throws {
        let (store, numbers) = try Self.store()
        try store.write { db in
            try db.execute(sql: """
                INSERT INTO import_conflict (application_number, position, reasons, origin, found_at)
                VALUES (?, 0, '["DUPLICATE_MEMBER"]', 'CTR002', '2026-11-27 10:00:00.000')
                """, arguments: [numbers[5].text])
        }
        let items = try store.reviewQueue(limit: 100, today: Self.today).items
        #expect(items.count == 7)
        #expect(items.first?.number == numbers[5] && items.first?.flaggedReasons == ["DUPLICATE_MEMBER"])
        #expect(items.dropFirst().allSatisfy { !$0.isFlagged })
        let flaggedOnly = try store.reviewQueue(filter: .flagged, limit: 100, today: Self.today).items
        #expect(flaggedOnly.map(\.number) == [numbers[5]])
        var seen: [ReviewQueueItem] = []
        var cursor: ReviewQueueCursor?
        repeat {
            let page = try store.reviewQueue(after: cursor, limit: 1, today: Self.today)
            seen += page.items
            cursor = page.next
        } while cursor != nil && seen.count < 20
        #expect(seen == items)
    }
}
