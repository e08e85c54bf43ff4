import FamilyAid
import Foundation
import KioskStore
import Testing

@Suite("Sharing relationships")
struct RelationshipTests {
    static func approvedStore(profile: PolicyProfile = Journey.profile) throws -> (KioskDatabase, ApplicationNumber) {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store, profile: profile)
        try Journey.approve(number, in: store, profile: profile)
        return (store, number)
    }

    @Test("begins on approval with the quota set aside from the sharer's account")
    func begin() throws {
        let (store, number) = try Self.approvedStore()
        let stored = try store.beginRelationship(
            application: number, member: 0, quota: .yuan(1000), profile: Journey.profile, calendar: Journey.calendar,
            now: Journey.at("2026-11-25", "10:05"))
        #expect(stored.relationship.state == .active)
        #expect(stored.relationship.start == Journey.day("2026-11-25"))
        #expect(stored.relationship.quota == .init(assigned: .yuan(1000)))
        #expect(stored.application == number && stored.memberIndex == 0 && stored.paymentRank == 1)
        let sharer = try #require(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
        #expect(sharer.balanceFen == Journey.sharerRecord.balanceFen - 100_000)
        #expect(sharer.carriedOverBalanceFen == Journey.sharerRecord.carriedOverBalanceFen - 100_000)
        #expect(try store.relationships(asSharer: Journey.sharer) == [stored])
        #expect(try store.relationships(asMember: Journey.child) == [stored])
        #expect(try store.relationships(asMember: Journey.sharer).isEmpty)
        #expect(try store.existingMembers(of: Journey.sharer) == ExistingMembers(activeOrScheduled: [Journey.child]))
    }

    @Test("refused: a member not approved, no quota under N26, more quota than shareable, a second in force")
    func refusals() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        #expect(throws: LifecycleError.memberNotApproved(.systemCheck)) {
            try store.beginRelationship(application: number, member: 0, quota: .yuan(1000), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        }
        try Journey.approve(number, in: store)
        #expect(throws: LifecycleError.quota(.required)) {
            try store.beginRelationship(application: number, member: 0, quota: nil, profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        }
        #expect(throws: QuotaError.exceedsShareable(requested: .yuan(20_000), shareable: Money(fen: 1_234_567))) {
            try store.beginRelationship(application: number, member: 0, quota: .yuan(20_000), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        }
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == Journey.sharerRecord)
        try store.beginRelationship(application: number, member: 0, quota: .yuan(10), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        #expect(throws: KioskStoreError.self) {
            try store.beginRelationship(application: number, member: 0, quota: .yuan(10), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        }
        #expect(try store.relationships(asSharer: Journey.sharer).count == 1)
    }

    @Test("a clerk who unbinds for the resident at a counter is journaled with the ending, and the audit finds it")
    func unbindAtTheCounter() throws {
        let (store, number) = try Self.approvedStore()
        let stored = try store.beginRelationship(
            application: number, member: 0, quota: .yuan(1000), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        try store.endRelationship(
            stored.id, by: .unbindBySharer, on: Journey.day("2026-11-26"), servedBy: try OperatorID("counter-clerk"), now: Journey.at("2026-11-26"))
        let served = try store.auditEvents(AuditFilter(operatorID: "counter-clerk"))
        #expect(served.map(\.kind) == [JournalEventKind.servedAtCounter.rawValue])
        #expect(served.first?.payload.contains("\"action\":\"unbindBySharer\"") == true)
        guard case .ok = try store.verifyJournal() else { Issue.record("the chain no longer verifies"); return }
        #expect(try store.auditEvents(AuditFilter(operatorID: "someone-else")).isEmpty)
    }

    @Test("unbinding returns the unused quota to the sharer's account; an ended one cannot end again")
    func unbind() throws {
        let (store, number) = try Self.approvedStore()
        let stored = try store.beginRelationship(
            application: number, member: 0, quota: .yuan(1000), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        let transition = try store.endRelationship(stored.id, by: .unbindBySharer, on: Journey.day("2026-11-26"), now: Journey.at("2026-11-26"))
        #expect(transition.quotaReturned == .yuan(1000))
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == Journey.sharerRecord)
        #expect(try store.relationships(asSharer: Journey.sharer).first?.relationship.state.stage == .ended)
        #expect(throws: LifecycleError.relationshipEventNotAllowed(.ended, .memberLeaves)) {
            try store.endRelationship(stored.id, by: .memberLeaves, on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        }
        #expect(throws: KioskStoreError.notAnEnding(event: "useQuota")) {
            try store.endRelationship(stored.id, by: .useQuota(.yuan(1)), on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        }
        #expect(throws: KioskStoreError.relationshipNotFound(id: 99)) {
            try store.endRelationship(99, by: .memberLeaves, on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        }
        #expect(try store.existingMembers(of: Journey.sharer) == ExistingMembers(ended: [Journey.child]))
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test("advancing: a chosen period starts on its first day and ends the day after its last, quota returned")
    func advance() throws {
        var profile = PolicyProfile.national(.n26)
        profile.id = "test-chosen-dates"
        profile.authorizationPeriod = .chosenDates
        let store = try Journey.store()
        var application = SharingApplication(sharer: Journey.sharer, channel: .kiosk, profile: profile)
        try application.addMember(
            MemberDetails(name: PersonName("李小红"), id: Journey.child, relation: .near(.child, .birth),
                          period: .chosen(start: Journey.day("2026-12-01"), end: Journey.day("2026-12-31"))),
            at: Journey.at("2026-11-23"), profile: profile, calendar: Journey.calendar)
        try application.submit(at: Journey.at("2026-11-23"), profile: profile, calendar: Journey.calendar)
        let number = try store.submitApplication(application, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        try Journey.approve(number, in: store, profile: profile)
        let stored = try store.beginRelationship(
            application: number, member: 0, quota: .yuan(500), profile: profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        #expect(stored.relationship.state == .scheduled)

        #expect(try store.advanceRelationships(to: Journey.day("2026-11-30"), now: Journey.at("2026-11-30")).isEmpty)
        let started = try store.advanceRelationships(to: Journey.day("2026-12-02"), now: Journey.at("2026-12-02"))
        #expect(started.map(\.transition.to) == [.active])
        #expect(started.map(\.transition.on) == [Journey.day("2026-12-01")])
        let ended = try store.advanceRelationships(to: Journey.day("2027-01-05"), now: Journey.at("2027-01-05"))
        #expect(ended.map(\.transition.event) == [.endDatePassed])
        #expect(ended.first?.transition.quotaReturned == .yuan(500))
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == Journey.sharerRecord)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }
}
