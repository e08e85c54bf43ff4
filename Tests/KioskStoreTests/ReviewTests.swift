import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// A reviewer's decision: one transaction that names the reviewer, and on approval begins the
/// relationship, or changes nothing at all.
@Suite("Review decisions")
struct ReviewTests {
    static let reviewer = try! OperatorID("demo-reviewer")

    /// The child's application, checked and confirmed: under review.
    static func underReview(in store: KioskDatabase) throws -> ApplicationNumber {
        let number = try Journey.submitted(in: store)
        try store.recordMemberEvent(.passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"), profile: Journey.profile, calendar: Journey.calendar)
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        return number
    }

    static func stage(_ number: ApplicationNumber, in store: KioskDatabase) throws -> MemberStage? {
        try store.application(number: number)?.application.members[0].lifecycle.state.stage
    }

    @Test("approval begins the relationship in the same step, and both journal events name the reviewer")
    func approval() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        let before = try store.journalEvents(origin: Journey.origin).count
        let stored = try store.approveMember(
            0, of: number, reviewer: Self.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try Self.stage(number, in: store) == .approved)
        #expect(try store.relationships(asSharer: Journey.sharer) == [stored])
        #expect(stored.relationship.quota == .init(assigned: .yuan(1000)))

        let events = try store.journalEvents(origin: Journey.origin)
        #expect(events.count == before + 2)
        #expect(events.suffix(2).map(\.kind) == ["application.member_event", "relationship.begun"])
        for event in events.suffix(2) {
            #expect(event.payload.contains(#""reviewer":"demo-reviewer""#), "\(event.payload)")
            #expect(!event.payload.contains(Journey.sharerRecord.idNumber) && !event.payload.contains(Journey.childRecord.idNumber))
            #expect(!event.payload.contains(Journey.childRecord.name))
        }
        #expect(events.suffix(2).first?.payload.contains(#""event":"approve""#) == true)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: events.count))
    }

    @Test("a rejection names the reviewer in its journal event")
    func rejection() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        let transition = try store.rejectMember(
            0, of: number, reasons: [.proofMissing], reviewer: Self.reviewer, at: Journey.at("2026-11-25"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(transition.to.stage == .rejected)
        let last = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(last.kind == "application.member_event")
        #expect(last.payload.contains(#""event":"reject""#) && last.payload.contains(#""reviewer":"demo-reviewer""#))
        #expect(try store.relationships(asSharer: Journey.sharer).isEmpty)
    }

    @Test("other members' events do not name a reviewer")
    func othersNameNoReviewer() throws {
        let store = try Journey.store()
        _ = try Self.underReview(in: store)
        for event in try store.journalEvents(origin: Journey.origin) {
            #expect(!event.payload.contains("reviewer"))
        }
    }

    @Test("a relationship the domain refuses (no quota under N26) leaves the member under review, with nothing saved")
    func domainRefusalChangesNothing() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        let events = try store.journalEvents(origin: Journey.origin)
        #expect(throws: LifecycleError.quota(.required)) {
            try store.approveMember(0, of: number, reviewer: Self.reviewer, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try Self.stage(number, in: store) == .underReview)
        #expect(try store.applications(withMembersAt: .underReview).map(\.number) == [number])
        #expect(try store.relationships(asSharer: Journey.sharer).isEmpty)
        #expect(try store.journalEvents(origin: Journey.origin) == events)
    }

    @Test("a relationship the store refuses after the quota was set aside (one already in force) rolls back every write")
    func storeRefusalRollsBack() throws {
        let store = try Journey.store()
        let first = try Self.underReview(in: store)
        try store.approveMember(0, of: first, reviewer: Self.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        let second = try Self.underReview(in: store)
        let sharerBefore = try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber)
        let events = try store.journalEvents(origin: Journey.origin)
        let ledgerRows = try Self.ledgerRows(store)

        #expect(throws: KioskStoreError.self) {
            try store.approveMember(0, of: second, reviewer: Self.reviewer, quota: .yuan(500), at: Journey.at("2026-11-26"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try Self.stage(second, in: store) == .underReview)
        #expect(try store.relationships(asSharer: Journey.sharer).count == 1)
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == sharerBefore)
        #expect(try Self.ledgerRows(store) == ledgerRows)
        #expect(try store.journalEvents(origin: Journey.origin) == events)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: events.count))
    }

    @Test("a member not under review is refused by the lifecycle, and nothing changes")
    func notUnderReview() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        #expect(throws: LifecycleError.memberEventNotAllowed(.systemCheck, .approve)) {
            try store.approveMember(0, of: number, reviewer: Self.reviewer, quota: .yuan(10), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try Self.stage(number, in: store) == .systemCheck)
    }

    @Test("an operator ID starts with a letter and is never a name or an ID number", arguments: [
        ("demo-reviewer", true), ("r2", true), ("clerk.li_01", true),
        ("", false), ("r", false), ("Demo", false), ("王建国", false), ("110105196803150118", false),
        ("11010519491231002x", false), ("demo reviewer", false), (String(repeating: "a", count: 33), false),
    ])
    func operatorIDs(text: String, allowed: Bool) {
        #expect(((try? OperatorID(text)) != nil) == allowed)
    }

    static func ledgerRows(_ store: KioskDatabase) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ledger_entry") ?? 0 }
    }
}

/// Four eyes at the counter: the operator who took an application in does not decide it.
@Suite("A second person decides")
struct SecondReviewerTests {
    @Test("the clerk who took the application in cannot approve or reject it; another reviewer can")
    func fourEyes() throws {
        let store = try Journey.store()
        let clerk = try OperatorID("counter-clerk")
        var application = try Journey.application()
        application = try Self.counter(application)
        let number = try store.submitApplication(application, proofs: [:], signature: Journey.signature, takenInBy: clerk, now: Journey.at("2026-11-23"))
        try store.recordMemberEvent(.passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"), profile: Journey.profile, calendar: Journey.calendar)
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        let events = try store.journalEvents(origin: Journey.origin).count
        #expect(throws: KioskStoreError.decidingOwnIntake(number: number.text)) {
            try store.approveMember(0, of: number, reviewer: clerk, quota: .yuan(100), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(throws: KioskStoreError.decidingOwnIntake(number: number.text)) {
            try store.rejectMember(0, of: number, reasons: [.proofMissing], reviewer: clerk, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try store.journalEvents(origin: Journey.origin).count == events)
        try store.approveMember(0, of: number, reviewer: ReviewTests.reviewer, quota: .yuan(100), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try ReviewTests.stage(number, in: store) == .approved)
    }

    /// The same members, taken in at a counter.
    static func counter(_ kiosk: SharingApplication) throws -> SharingApplication {
        var application = SharingApplication(sharer: kiosk.sharer, channel: .counter, profile: Journey.profile)
        for member in kiosk.members {
            try application.addMember(member.details, at: Journey.at("2026-11-23", "09:50"), profile: Journey.profile, calendar: Journey.calendar)
        }
        try application.submit(at: Journey.at("2026-11-23"), profile: Journey.profile, calendar: Journey.calendar)
        return application
    }
}
