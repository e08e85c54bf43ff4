import Foundation
import Testing
@testable import FamilyAid

/// The same application as two installations hold it, merged member by member.
@Suite("Merging two copies of an application")
struct ApplicationMergeTests {
    static let profile = PolicyProfile.national(.n26)

    /// Submitted, both members through the system check and confirmed: under review.
    static func underReview() throws -> SharingApplication {
        var application = SharingApplication(sharer: ApplicationTests.sharerID, channel: .counter, profile: profile)
        try application.addMember(ApplicationTests.spouse, at: Lifecycle.at("2026-11-23", "09:00"), profile: profile, calendar: Lifecycle.calendar)
        try application.addMember(ApplicationTests.son, at: Lifecycle.at("2026-11-23", "09:01"), profile: profile, calendar: Lifecycle.calendar)
        try application.submit(at: Lifecycle.at("2026-11-23", "09:02"), profile: profile, calendar: Lifecycle.calendar)
        for index in 0..<2 {
            try application.apply(.passSystemCheck(confirming: [.sharer]), toMemberAt: index, at: Lifecycle.at("2026-11-23", "09:03"), profile: profile, calendar: Lifecycle.calendar)
            try application.apply(.confirm(.sharer), toMemberAt: index, at: Lifecycle.at("2026-11-23", "09:04"), profile: profile, calendar: Lifecycle.calendar)
        }
        return application
    }

    static func deciding(_ application: SharingApplication, _ event: MemberEvent, member: Int, at time: String) throws -> SharingApplication {
        var decided = application
        try decided.apply(event, toMemberAt: member, at: Lifecycle.at("2026-11-24", time), profile: profile, calendar: Lifecycle.calendar)
        return decided
    }

    @Test func theCopyFurtherAlongWinsForEachMember() throws {
        let base = try Self.underReview()
        let reported = try Self.deciding(base, .approve, member: 0, at: "10:00")
        let held = try Self.deciding(base, .reject([.proofMissing]), member: 1, at: "11:00")
        let merge = try #require(held.merging(reported))
        #expect(merge.diverged == [] && merge.taken == [0])
        #expect(merge.application.members.map(\.lifecycle.state.stage) == [.approved, .rejected])
        #expect(merge.application.status == .partlyApproved)
    }

    @Test func anOlderReportChangesNothing() throws {
        let base = try Self.underReview()
        let held = try Self.deciding(base, .approve, member: 0, at: "10:00")
        let merge = try #require(held.merging(base))
        #expect(merge == SharingApplication.Merge(application: held, diverged: []))
    }

    @Test func bothSidesDecidingTheSameMemberKeepsThisSideAndSaysSo() throws {
        let base = try Self.underReview()
        let reported = try Self.deciding(base, .approve, member: 1, at: "10:00")
        let held = try Self.deciding(base, .reject([.infoMismatch]), member: 1, at: "10:30")
        let merge = try #require(held.merging(reported))
        #expect(merge.diverged == [1] && merge.taken == [])
        #expect(merge.application.members[1] == held.members[1])
    }

    @Test func anotherApplicationIsNotMerged() throws {
        let base = try Self.underReview()
        let other = SharingApplication(sharer: ApplicationTests.sharerID, channel: .kiosk, profile: Self.profile)
        #expect(base.merging(other) == nil)
        var fewer = SharingApplication(sharer: ApplicationTests.sharerID, channel: .counter, profile: Self.profile)
        try fewer.addMember(ApplicationTests.spouse, at: Lifecycle.at("2026-11-23", "09:00"), profile: Self.profile, calendar: Lifecycle.calendar)
        #expect(base.merging(fewer) == nil)
    }
}
