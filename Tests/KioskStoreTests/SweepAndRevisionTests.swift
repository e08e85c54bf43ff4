import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

@Suite("Revisions and sweeps")
struct SweepAndRevisionTests {
    @Test("a rejected member is edited with a new proof and resubmitted; the edit is on record")
    func reviseAndResubmit() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        let p = Journey.profile, c = Journey.calendar
        try store.recordMemberEvent(.passSystemCheck(confirming: []), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"), profile: p, calendar: c)
        try store.recordMemberEvent(.reject([.proofMissing]), member: 0, application: number, at: Journey.at("2026-11-24"), profile: p, calendar: c)
        #expect(try store.application(number: number)?.application.status == .rejected)

        let details = try #require(try store.application(number: number)?.application.members[0].details)
        #expect(throws: LifecycleError.emptyEdit) {
            try store.reviseMember(0, of: number, to: details, at: Journey.at("2026-11-24", "11:00"), profile: p, calendar: c)
        }
        let birth = ProofReference(kind: .birthCertificate, documentNumber: "Q440000001")
        let transition = try store.reviseMember(
            0, of: number, to: details, proofsAdded: [birth], proofsRemoved: [.householdRegister],
            at: Journey.at("2026-11-24", "11:00"), profile: p, calendar: c)
        #expect(transition.event == .edit([.proofAdded(.birthCertificate), .proofRemoved(.householdRegister)]))
        #expect(try store.application(number: number)?.proofs == [[birth]])

        try store.recordMemberEvent(.resubmit, member: 0, application: number, at: Journey.at("2026-11-24", "11:01"), profile: p, calendar: c)
        let stored = try #require(try store.application(number: number))
        #expect(stored.application.status == .systemCheck)
        #expect(stored.application.members[0].lifecycle.rejections.map(\.reasons) == [[.proofMissing]])
        #expect(try store.existingMembers(of: Journey.sharer).pending == [Journey.child])
    }

    @Test("overdue invitations expire in one sweep; applications of a profile not given wait")
    func expireInvitations() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        let other = try Journey.submitted(in: store, profile: .national(.n24))
        for (application, profile) in [(number, Journey.profile), (other, PolicyProfile.national(.n24))] {
            try store.recordMemberEvent(
                .passSystemCheck(confirming: [.member]), member: 0, application: application, at: Journey.at("2026-11-23", "10:01"),
                profile: profile, calendar: Journey.calendar)
        }
        let confirmBy = try #require(try store.invitations(awaiting: Journey.child).first?.pending.confirmBy)
        #expect(try store.expireOverdueInvitations(at: confirmBy.startOfDay().addingTimeInterval(3600), profiles: [Journey.profile], calendar: Journey.calendar).isEmpty)

        let later = confirmBy.adding(days: 1).startOfDay().addingTimeInterval(3600)
        let expired = try store.expireOverdueInvitations(at: later, profiles: [Journey.profile], calendar: Journey.calendar)
        #expect(expired.map(\.number) == [number])
        #expect(try store.application(number: number)?.application.members[0].lifecycle.state.reasonCode == .confirmationTimeout)
        #expect(try store.invitations(awaiting: Journey.child).map(\.number) == [other])
        #expect(try store.journalEvents(origin: Journey.origin).last?.kind == "application.invitations_expired")
    }

    @Test("a member whose insurance ended is dissolved with the quota returned; a suspension is not")
    func dissolve() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        try Journey.approve(number, in: store)
        try store.beginRelationship(application: number, member: 0, quota: .yuan(100), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25"))

        try store.write { db in
            try db.execute(sql: "UPDATE insured_person SET insurance_status = 'suspended' WHERE id_number = ?", arguments: [Journey.childRecord.idNumber])
        }
        #expect(try store.dissolveRelationshipsWhereNeeded(on: Journey.day("2026-11-26"), now: Journey.at("2026-11-26")).isEmpty)

        try store.write { db in
            try db.execute(sql: "UPDATE insured_person SET insurance_kind = 'none' WHERE id_number = ?", arguments: [Journey.childRecord.idNumber])
        }
        let steps = try store.dissolveRelationshipsWhereNeeded(on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        #expect(steps.map(\.transition.event) == [.dissolve([Dissolution(side: .member, cause: .insuranceEnded)])])
        #expect(steps.first?.transition.quotaReturned == .yuan(100))
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == Journey.sharerRecord)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test("two programs on one file issue different numbers")
    func twoProgramsNumbering() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("store.sqlite")
        let first = try KioskDatabase.open(at: path)
        try first.install(originID: Journey.origin, isDemo: false, now: Journey.at("2026-11-23", "08:00"))
        try first.addInsuredPeople([(Journey.sharerRecord, nil), (Journey.childRecord, nil)], now: Journey.at("2026-11-23", "08:00"))
        let second = try KioskDatabase.open(at: path)
        let numbers = try (0..<6).map { index in try Journey.submitted(in: index.isMultiple(of: 2) ? first : second) }
        #expect(numbers.map(\.sequence) == [1, 2, 3, 4, 5, 6])
        #expect(try first.verifyJournal() == .ok(origins: 1, events: 8))
    }
}
