import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// A member under 16 who is not the sharer's own child, confirmed by the guardian the sharer
/// named: the store keeps who that is, and the guardian's sign-in finds the invitation.
@Suite("Guardians' invitations")
struct GuardianInvitationTests {
    /// The child's mother, in the registry.
    static let guardianRecord = InsuredPersonRecord(
        idNumber: "440304198805200027", name: "李红梅", insuranceKind: "employee",
        insuranceStatus: "active", regionCode: "440304", balanceFen: 50_000, carriedOverBalanceFen: 0)
    static let guardian = Journey.id(guardianRecord)

    /// The sharer's younger sister (the child, 14) with her mother named as guardian, submitted
    /// and checked: waiting for the guardian and, under N26, the sharer.
    static func awaitingGuardian(in store: KioskDatabase) throws -> ApplicationNumber {
        try store.addInsuredPeople([(guardianRecord, nil)], now: Journey.at("2026-11-23", "08:00"))
        let number = try submitted(guardian: guardian, in: store)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.guardian, .sharer]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        return number
    }

    static func submitted(guardian: ResidentID?, in store: KioskDatabase) throws -> ApplicationNumber {
        var application = SharingApplication(sharer: Journey.sharer, channel: .kiosk, profile: Journey.profile)
        try application.addMember(
            MemberDetails(name: PersonName(Journey.childRecord.name), id: Journey.child, relation: .near(.sibling, .birth), guardian: guardian),
            at: Journey.at("2026-11-23", "09:50"), profile: Journey.profile, calendar: Journey.calendar)
        try application.submit(at: Journey.at("2026-11-23"), profile: Journey.profile, calendar: Journey.calendar)
        return try store.submitApplication(application, proofs: [:], signature: Journey.signature, now: Journey.at("2026-11-23"))
    }

    static func guardianColumn(_ number: ApplicationNumber, in store: KioskDatabase) throws -> String? {
        try store.read { db in
            try String.fetchOne(db, sql: "SELECT guardian_id FROM application_member WHERE application_number = ?", arguments: [number.text])
        }
    }

    @Test("the guardian is kept with the member, in the details and in the looked-up column")
    func kept() throws {
        let store = try Journey.store()
        let number = try Self.awaitingGuardian(in: store)
        #expect(try store.application(number: number)?.application.members[0].details.guardian == Self.guardian)
        #expect(try Self.guardianColumn(number, in: store) == Self.guardianRecord.idNumber)
        let none = try Self.submitted(guardian: nil, in: store)
        #expect(try Self.guardianColumn(none, in: store) == nil)
    }

    @Test("the guardian finds the invitation as guardian; the member does not, and the sharer only for their own part")
    func found() throws {
        let store = try Journey.store()
        let number = try Self.awaitingGuardian(in: store)
        let invitations = try store.invitations(awaiting: Self.guardian)
        #expect(invitations.map(\.party) == [.guardian])
        #expect(invitations.first?.number == number && invitations.first?.memberIndex == 0)
        #expect(invitations.first?.sharer == Journey.sharer && invitations.first?.member.id == Journey.child)
        #expect(try store.invitations(awaiting: Journey.child).isEmpty)
        #expect(try store.invitations(awaiting: Journey.sharer).map(\.party) == [.sharer])
        #expect(try store.invitations(awaiting: Journey.spouse).isEmpty)
    }

    @Test("the guardian's confirmation, with the sharer's, sends the member to review, and the invitation is gone")
    func answered() throws {
        let store = try Journey.store()
        let number = try Self.awaitingGuardian(in: store)
        try store.recordMemberEvent(.confirm(.sharer), member: 0, application: number, at: Journey.at("2026-11-23", "10:02"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: Self.guardian).map(\.party) == [.guardian])
        let transition = try store.recordMemberEvent(
            .confirm(.guardian), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(transition.to.stage == .underReview)
        #expect(try store.invitations(awaiting: Self.guardian).isEmpty)
        #expect(try store.applications(withMembersAt: .underReview).map(\.number) == [number])
    }

    @Test("a guardian named for a member who awaits someone else is not asked")
    func notAwaited() throws {
        let store = try Journey.store()
        try store.addInsuredPeople([(Self.guardianRecord, nil)], now: Journey.at("2026-11-23", "08:00"))
        let number = try Self.submitted(guardian: Self.guardian, in: store)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: Self.guardian).isEmpty)
        #expect(try store.invitations(awaiting: Journey.child).map(\.party) == [.member])
    }

    @Test("a new guardian named after a rejection replaces the old one, in the column too, and the edit says so")
    func revised() throws {
        let store = try Journey.store()
        let number = try Self.awaitingGuardian(in: store)
        let p = Journey.profile, c = Journey.calendar
        try store.recordMemberEvent(.confirm(.sharer), member: 0, application: number, at: Journey.at("2026-11-23", "10:02"), profile: p, calendar: c)
        try store.recordMemberEvent(.confirm(.guardian), member: 0, application: number, at: Journey.at("2026-11-23", "10:03"), profile: p, calendar: c)
        try store.rejectMember(0, of: number, reasons: [.infoMismatch], reviewer: try OperatorID("demo-reviewer"), at: Journey.at("2026-11-24"), profile: p, calendar: c)
        var details = try #require(try store.application(number: number)?.application.members[0].details)
        details.guardian = Journey.spouse
        let transition = try store.reviseMember(0, of: number, to: details, at: Journey.at("2026-11-24", "11:00"), profile: p, calendar: c)
        #expect(transition.event == .edit([.guardian(from: Self.guardian, to: Journey.spouse)]))
        #expect(try Self.guardianColumn(number, in: store) == Journey.spouseRecord.idNumber)
        let last = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(last.payload.contains(#""changes":["guardian"]"#) && !last.payload.contains(Journey.spouseRecord.idNumber))
    }

    @Test("the store refuses a guardian who is the member")
    func notTheMember() throws {
        let store = try Journey.store()
        #expect(throws: KioskStoreError.self) { try Self.submitted(guardian: Journey.child, in: store) }
        #expect(try store.applications(asSharer: Journey.sharer).isEmpty)
    }
}
