import Foundation
import Testing
@testable import FamilyAid

/// The store keeps applications and relationships as JSON: every state and event reads back
/// exactly as it was written.
@Suite("Lifecycle values as JSON")
struct LifecycleCodableTests {
    static func roundTrip<T: Codable & Equatable>(_ value: T) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONEncoder().encode(value))
    }

    @Test("every member state", arguments: MemberStage.allCases)
    func memberState(stage: MemberStage) throws {
        let state = Lifecycle.sample(stage)
        #expect(try Self.roundTrip(state) == state)
    }

    @Test("every member event", arguments: MemberEventKind.allCases)
    func memberEvent(kind: MemberEventKind) throws {
        let event = Lifecycle.sample(kind)
        #expect(try Self.roundTrip(event) == event)
    }

    @Test("every relationship, with its history", arguments: RelationshipStage.allCases)
    func relationship(stage: RelationshipStage) throws {
        let relationship = Lifecycle.sample(stage)
        #expect(try Self.roundTrip(relationship) == relationship)
    }

    @Test("a dissolution with a move")
    func dissolution() throws {
        var relationship = Lifecycle.active()
        try relationship.apply(
            .dissolve([Dissolution(side: .sharer, cause: .movedRegion(from: PoolingRegion(code: "110101")!, to: PoolingRegion(code: "320102")!))]),
            on: Lifecycle.day("2026-11-25"))
        #expect(try Self.roundTrip(relationship) == relationship)
    }

    @Test("an application with a member's whole history: edits, a rejection, a resubmission")
    func application() throws {
        let profile = PolicyProfile.national(.n26)
        var application = SharingApplication(sharer: Lifecycle.sharer.id, channel: .counter, profile: profile)
        let details = MemberDetails(name: Lifecycle.member.name, id: Lifecycle.member.id, relation: .near(.child, .birth))
        try application.addMember(details, at: Lifecycle.at("2026-11-23", "09:00"), profile: profile, calendar: Lifecycle.calendar)
        try application.submit(at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.failSystemCheck([.notInsured, .proofMissing]), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "10:01"), profile: profile, calendar: Lifecycle.calendar)
        try application.revise(memberAt: 0, to: details, proofsAdded: [.birthCertificate], at: Lifecycle.at("2026-11-24"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.resubmit, toMemberAt: 0, at: Lifecycle.at("2026-11-24", "10:01"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.passSystemCheck(confirming: [.member, .sharer]), toMemberAt: 0, at: Lifecycle.at("2026-11-24", "10:02"), profile: profile, calendar: Lifecycle.calendar)
        #expect(try Self.roundTrip(application) == application)
    }
}
