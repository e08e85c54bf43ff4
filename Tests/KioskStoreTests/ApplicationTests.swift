import FamilyAid
import Foundation
import GRDB
import KioskStore
import Testing

@Suite("Applications and their members")
struct ApplicationTests {
    @Test("a submitted application is saved under this origin's next number, with proofs and signature")
    func submitAndRead() throws {
        let store = try Journey.store()
        let first = try Journey.submitted(in: store)
        let second = try Journey.submitted(in: store)
        #expect(first.text == "K7M2QX-000001-\(first.check)")
        #expect(second.origin == Journey.origin && second.sequence == 2)

        let stored = try #require(try store.application(number: first))
        #expect(stored.application == (try Journey.application()))
        #expect(stored.proofs == [[ProofReference(kind: .householdRegister, documentNumber: "HK-0001", contentSHA256: String(repeating: "0f", count: 32))]])
        #expect(stored.signature == Journey.signature)
        #expect(stored.createdAt == Journey.at("2026-11-23"))
        #expect(try store.applications(asSharer: Journey.sharer).map(\.number) == [second, first])
        #expect(try store.applications(withMember: Journey.child).map(\.number) == [second, first])
        #expect(try store.applications(withMember: Journey.spouse).isEmpty)
        #expect(try store.application(number: ApplicationNumber(origin: "ZZZZZZ", sequence: 1)) == nil)
    }

    @Test("a paper signature at a counter is kept as its form number")
    func paperSignature() throws {
        let store = try Journey.store()
        let signature = CommitmentSignature(
            signer: Journey.sharer, signedAt: Journey.at("2026-11-23"), channel: .counter, letter: .paper(formNumber: "CL-2026-0042"))
        let number = try store.submitApplication(try Journey.application(), proofs: [:], signature: signature, now: Journey.at("2026-11-23"))
        #expect(try store.application(number: number)?.signature == signature)
        #expect(try store.application(number: number)?.proofs == [[]])
    }

    @Test("refused: a draft, proofs for a member not in the application, an origin that cannot number")
    func refusals() throws {
        let store = try Journey.store()
        var draft = SharingApplication(sharer: Journey.sharer, channel: .kiosk, profile: Journey.profile)
        #expect(throws: KioskStoreError.applicationNotSubmitted) {
            try store.submitApplication(draft, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        }
        try draft.addMember(
            MemberDetails(name: PersonName("李小红"), id: Journey.child, relation: .near(.child, .birth)),
            at: Journey.at("2026-11-23"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(throws: KioskStoreError.applicationNotSubmitted) {
            try store.submitApplication(draft, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        }
        #expect(throws: KioskStoreError.noSuchMember(index: 1)) {
            try store.submitApplication(try Journey.application(), proofs: [1: [ProofReference(kind: .householdRegister)]], signature: nil, now: Journey.at("2026-11-23"))
        }
        let oldStyle = try Fixtures.installedStore()  // origin "KIOSK-330106-01"
        #expect(throws: KioskStoreError.originCannotIssueNumbers(originID: Fixtures.origin)) {
            try oldStyle.submitApplication(try Journey.application(), proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        }
        #expect(try store.applications(asSharer: Journey.sharer).isEmpty)
    }

    @Test("member events move the member and the derived status; a refused step changes nothing")
    func memberEvents() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.application(number: number)?.application.status == .awaitingConfirmation)

        #expect(throws: LifecycleError.memberEventNotAllowed(.awaitingConfirmation, .approve)) {
            try store.recordMemberEvent(.approve, member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        }
        let other = PolicyProfile.national(.n24)
        #expect(throws: LifecycleError.profileMismatch(recorded: .init(Journey.profile), given: .init(other))) {
            try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: other, calendar: Journey.calendar)
        }
        #expect(throws: KioskStoreError.applicationNotFound(number: "ZZZZZZ-000001-\(try ApplicationNumber(origin: "ZZZZZZ", sequence: 1).check)")) {
            try store.recordMemberEvent(.approve, member: 0, application: ApplicationNumber(origin: "ZZZZZZ", sequence: 1), at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try store.application(number: number)?.application.members[0].lifecycle.history.count == 2)

        #expect(try store.applications(withMembersAt: .underReview).isEmpty)
        #expect(try store.applications(withMembersAt: .awaitingConfirmation).map(\.number) == [number])
        let transition = try store.recordMemberEvent(
            .confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(transition.to.stage == .underReview)
        #expect(try store.applications(withMembersAt: .underReview).map(\.number) == [number])
        try store.recordMemberEvent(.approve, member: 0, application: number, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.applications(withMembersAt: .underReview).isEmpty)
        let stored = try #require(try store.application(number: number))
        #expect(stored.application.status == .approved)
        #expect(stored.application.members[0].lifecycle.approvedAt == Journey.at("2026-11-25"))
        #expect(stored.updatedAt == Journey.at("2026-11-25"))
    }

    @Test("invitations: what waits for this person's confirmation, as member or as sharer, and nothing once confirmed")
    func invitations() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        #expect(try store.invitations(awaiting: Journey.child).isEmpty)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.member, .sharer]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        let invitations = try store.invitations(awaiting: Journey.child)
        #expect(invitations.map(\.number) == [number])
        #expect(invitations.first?.sharer == Journey.sharer)
        #expect(invitations.first?.member.id == Journey.child)
        #expect(invitations.first?.party == .member)
        #expect(try store.invitations(awaiting: Journey.sharer).map(\.party) == [.sharer])
        try store.recordMemberEvent(.confirm(.sharer), member: 0, application: number, at: Journey.at("2026-11-23", "10:02"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: Journey.sharer).isEmpty)
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: Journey.child).isEmpty)
    }

    @Test("a spouse confirming through the spouse flow sees the invitation as such")
    func spouseInvitation() throws {
        let store = try Journey.store()
        let application = try Journey.application(members: [(Journey.spouseRecord, .near(.spouse, .birth))])
        let number = try store.submitApplication(application, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.sharersSpouse]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.invitations(awaiting: Journey.spouse).map(\.party) == [.sharersSpouse])
        #expect(try store.invitations(awaiting: Journey.sharer).isEmpty)
    }

    @Test("existing members: waiting members are pending until decided")
    func existingMembers() throws {
        let store = try Journey.store()
        #expect(try store.existingMembers(of: Journey.sharer) == .none)
        let number = try Journey.submitted(in: store)
        #expect(try store.existingMembers(of: Journey.sharer).pending == [Journey.child])
        try store.recordMemberEvent(.cancel, member: 0, application: number, at: Journey.at("2026-11-23", "11:00"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.existingMembers(of: Journey.sharer) == .none)
    }

    @Test("every command appends one journal event, naming people only by subject")
    func journal() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        try Journey.approve(number, in: store)
        let events = try store.journalEvents(origin: Journey.origin)
        #expect(events.map(\.kind).suffix(4) == [
            "application.submitted", "application.member_event", "application.member_event", "application.member_event",
        ])
        for event in events {
            #expect(!event.payload.contains(Journey.sharerRecord.idNumber))
            #expect(!event.payload.contains(Journey.childRecord.idNumber))
        }
        #expect(try store.verifyJournal() == .ok(origins: 1, events: events.count))
    }

    @Test("two installations issue numbers that never collide, and one store issues each number once")
    func twoOrigins() throws {
        let kiosk = try Journey.store(origin: "K7M2QX")
        let counter = try Journey.store(origin: "C8P3RT")
        var numbers: Set<ApplicationNumber> = []
        for _ in 0..<5 {
            numbers.insert(try Journey.submitted(in: kiosk))
            numbers.insert(try Journey.submitted(in: counter))
        }
        #expect(numbers.count == 10)
        #expect(Set(numbers.map(\.origin)) == ["K7M2QX", "C8P3RT"])
        #expect(Set(numbers.filter { $0.origin == "C8P3RT" }.map(\.sequence)) == [1, 2, 3, 4, 5])
        for number in numbers {
            #expect(try ApplicationNumber.parse(number.text.lowercased().replacingOccurrences(of: "-", with: " ")) == number)
        }
    }
}
