import Foundation
import Testing
@testable import FamilyAid

/// An application's status derived from its members, the profile recorded with it, and the
/// application-level refusals.
@Suite("Sharing applications")
struct ApplicationTests {
    struct Derivation: CustomTestStringConvertible, Sendable {
        let stages: [MemberStage]
        let status: ApplicationStatus
        var testDescription: String { "\(stages.map(\.rawValue)) → \(status.rawValue)" }
    }

    static let derivations: [Derivation] = [
        Derivation(stages: [], status: .draft),
        Derivation(stages: [.draft, .draft], status: .draft),
        Derivation(stages: [.draft, .cancelled], status: .draft),
        Derivation(stages: [.draft, .systemCheck], status: .draft),
        Derivation(stages: [.systemCheck], status: .systemCheck),
        Derivation(stages: [.systemCheck, .awaitingConfirmation, .approved], status: .systemCheck),
        Derivation(stages: [.awaitingConfirmation], status: .awaitingConfirmation),
        Derivation(stages: [.underReview, .awaitingConfirmation, .rejected], status: .awaitingConfirmation),
        Derivation(stages: [.underReview], status: .underReview),
        Derivation(stages: [.underReview, .approved, .declined, .cancelled], status: .underReview),
        Derivation(stages: [.approved], status: .approved),
        Derivation(stages: [.approved, .approved, .cancelled], status: .approved),
        Derivation(stages: [.approved, .rejected], status: .partlyApproved),
        Derivation(stages: [.declined, .approved, .cancelled], status: .partlyApproved),
        Derivation(stages: [.rejected], status: .rejected),
        Derivation(stages: [.rejected, .declined, .cancelled], status: .rejected),
        Derivation(stages: [.declined], status: .rejected),
        Derivation(stages: [.cancelled], status: .cancelled),
        Derivation(stages: [.cancelled, .cancelled], status: .cancelled),
    ]

    @Test(arguments: derivations)
    func statusFromMembers(_ row: Derivation) {
        #expect(ApplicationStatus.derived(from: row.stages) == row.status)
    }

    @Test func everyStatusIsReached() {
        #expect(Set(Self.derivations.map(\.status)) == Set(ApplicationStatus.allCases))
    }

    @Test func statusIsTheSameInAnyMemberOrder() {
        for row in Self.derivations {
            #expect(ApplicationStatus.derived(from: row.stages.reversed()) == row.status)
        }
    }

    // The application itself.

    static let sharerID = People.id(born: "1970-05-01", sequence: "011")
    static let spouse = MemberDetails(
        name: PersonName("王五"), id: People.id(born: "1972-08-08", sequence: "022"), relation: .near(.spouse, .marriage))
    static let son = MemberDetails(
        name: PersonName("张小明"), id: People.id(born: "2012-01-15", sequence: "013"), relation: .near(.child, .birth))

    static let jiangsuLike: PolicyProfile = {
        var profile = PolicyProfile.national(.n24)
        profile.id = "test-jiangsu-like"
        profile.version = 3
        profile.authorizationPeriod = .chosenDates
        return profile
    }()

    func twoMembers(_ profile: PolicyProfile = .national(.n26), channel: ApplicationChannel = .kiosk) throws -> SharingApplication {
        var application = SharingApplication(sharer: Self.sharerID, channel: channel, profile: profile)
        try application.addMember(Self.spouse, at: Lifecycle.at("2026-11-23", "09:00"), profile: profile, calendar: Lifecycle.calendar)
        try application.addMember(Self.son, at: Lifecycle.at("2026-11-23", "09:01"), profile: profile, calendar: Lifecycle.calendar)
        return application
    }

    @Test func reviewDecidesPerMember() throws {
        let profile = PolicyProfile.national(.n26)
        var application = try twoMembers(profile)
        #expect(application.status == .draft)
        try application.submit(at: Lifecycle.at("2026-11-23", "09:02"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .systemCheck)
        try application.apply(.passSystemCheck(confirming: [.member, .sharer]), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:03"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.passSystemCheck(confirming: [.sharer]), toMemberAt: 1, at: Lifecycle.at("2026-11-23", "09:03"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .awaitingConfirmation)
        try application.apply(.confirm(.sharer), toMemberAt: 1, at: Lifecycle.at("2026-11-23", "09:04"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .awaitingConfirmation)
        try application.apply(.confirm(.sharer), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:04"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.confirm(.member), toMemberAt: 0, at: Lifecycle.at("2026-11-24"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .underReview)
        try application.apply(.reject([.proofMissing]), toMemberAt: 1, at: Lifecycle.at("2026-11-25"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .underReview)
        try application.apply(.approve, toMemberAt: 0, at: Lifecycle.at("2026-11-25"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.status == .partlyApproved)
        #expect(application.members.map(\.lifecycle.state.stage) == [.approved, .rejected])
        #expect(application.members[0].lifecycle.approvedAt == Lifecycle.at("2026-11-25"))
        #expect(application.members[1].lifecycle.approvedAt == nil)
    }

    @Test func anApprovedMemberBeginsARelationshipOnTheDayOfApproval() throws {
        let profile = Self.jiangsuLike
        let sharer = People.person("张三", born: "1970-05-01", sequence: "011", region: "110105")
        let spouse = People.person("王五", born: "1972-08-08", sequence: "022", insurance: .resident, region: "110105")
        var details = Self.spouse
        details.period = .chosen(start: Lifecycle.day("2026-11-24"), end: Lifecycle.day("2027-11-23"))
        var application = SharingApplication(sharer: sharer.id, channel: .kiosk, profile: profile)
        try application.addMember(details, at: Lifecycle.at("2026-11-23", "09:00"), profile: profile, calendar: Lifecycle.calendar)
        try application.submit(at: Lifecycle.at("2026-11-23", "09:01"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:02"), profile: profile, calendar: Lifecycle.calendar)
        #expect(throws: LifecycleError.memberNotApproved(.awaitingConfirmation)) {
            try application.relationship(forMemberAt: 0, sharer: sharer, member: spouse, quota: nil, profile: profile, calendar: Lifecycle.calendar)
        }
        try application.apply(.confirm(.member), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "20:00"), profile: profile, calendar: Lifecycle.calendar)
        // Approved late on Wednesday 2026-11-25, China time: after the chosen first day.
        try application.apply(.approve, toMemberAt: 0, at: Lifecycle.at("2026-11-25", "23:30"), profile: profile, calendar: Lifecycle.calendar)
        #expect(throws: LifecycleError.registryFactsForAnotherPerson(.member)) {
            try application.relationship(forMemberAt: 0, sharer: sharer, member: sharer, quota: nil, profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(throws: LifecycleError.registryFactsForAnotherPerson(.sharer)) {
            try application.relationship(forMemberAt: 0, sharer: spouse, member: spouse, quota: nil, profile: profile, calendar: Lifecycle.calendar)
        }
        let relationship = try application.relationship(forMemberAt: 0, sharer: sharer, member: spouse, quota: nil, profile: profile, calendar: Lifecycle.calendar)
        #expect(relationship.approvedOn == Lifecycle.day("2026-11-25"))
        #expect(relationship.start == Lifecycle.day("2026-11-25"))
        #expect(relationship.end == Lifecycle.day("2027-11-23"))
        #expect(relationship.state == .active)
    }

    @Test func theDailySweepExpiresOnlyOverdueInvitations() throws {
        let profile = PolicyProfile.national(.n26)
        var application = try twoMembers(profile)
        try application.submit(at: Lifecycle.at("2026-11-23", "09:02"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:03"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 1, at: Lifecycle.at("2026-11-24", "09:03"), profile: profile, calendar: Lifecycle.calendar)
        // Ten working days: the first invitation is open through 2026-12-07, the second through 2026-12-08.
        #expect(try application.expireOverdueInvitations(at: Lifecycle.at("2026-12-07", "23:00"), profile: profile, calendar: Lifecycle.calendar) == [])
        #expect(try application.expireOverdueInvitations(at: Lifecycle.at("2026-12-08", "08:00"), profile: profile, calendar: Lifecycle.calendar) == [0])
        #expect(application.members.map(\.lifecycle.state.reasonCode) == [.confirmationTimeout, nil])
        #expect(application.status == .awaitingConfirmation)
        #expect(try application.expireOverdueInvitations(at: Lifecycle.at("2026-12-09", "08:00"), profile: profile, calendar: Lifecycle.calendar) == [1])
        #expect(application.status == .rejected)
        #expect(application.members.map(\.lifecycle.rejections.count) == [1, 1])
    }

    static let hunanLike: PolicyProfile = {
        var profile = PolicyProfile.national(.n24)
        profile.id = "test-hunan-like"
        profile.version = 3
        profile.memberLimit = MemberLimit(atOnce: 10, lifetime: 20)
        return profile
    }()

    @Test func theJudgingProfileIsRecordedAndHeldTo() throws {
        var application = try twoMembers(Self.hunanLike, channel: .counter)
        #expect(application.judgedBy == SharingApplication.ProfileReference(id: "test-hunan-like", version: 3))
        #expect(application.judgedBy.description == "test-hunan-like v3")
        #expect(application.channel == .counter)

        var newerVersion = Self.hunanLike
        newerVersion.version = 4
        #expect(throws: LifecycleError.profileMismatch(
            recorded: .init(id: "test-hunan-like", version: 3), given: .init(id: "test-hunan-like", version: 4))) {
            try application.submit(at: Lifecycle.at("2026-11-23", "10:00"), profile: newerVersion, calendar: Lifecycle.calendar)
        }
        #expect(throws: LifecycleError.profileMismatch(
            recorded: .init(id: "test-hunan-like", version: 3), given: .init(id: "national-N24", version: 1))) {
            try application.apply(.cancel, toMemberAt: 0, at: Lifecycle.at("2026-11-23", "10:00"), profile: .national(.n24), calendar: Lifecycle.calendar)
        }
        #expect(application.status == .draft)
        try application.submit(at: Lifecycle.at("2026-11-23", "10:00"), profile: Self.hunanLike, calendar: Lifecycle.calendar)
        #expect(application.status == .systemCheck)
        // The counter's review applies: the profile's counter mode, 3 working days.
        try application.apply(.passSystemCheck(confirming: []), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "10:01"), profile: Self.hunanLike, calendar: Lifecycle.calendar)
        #expect(application.members[0].lifecycle.state == .underReview(Lifecycle.review))
    }

    @Test func membersAreAddedOnlyToADraft() throws {
        let profile = PolicyProfile.national(.n26)
        var application = SharingApplication(sharer: Self.sharerID, channel: .kiosk, profile: profile)
        #expect(throws: LifecycleError.nothingToSubmit) { try application.submit(at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar) }
        try application.addMember(Self.spouse, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        try application.submit(at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        #expect(throws: LifecycleError.membersFixedAfterSubmission) {
            try application.addMember(Self.son, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(throws: LifecycleError.nothingToSubmit) { try application.submit(at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar) }
        #expect(throws: LifecycleError.noMemberAt(1)) {
            try application.apply(.cancel, toMemberAt: 1, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(throws: LifecycleError.editWithoutDetails) {
            try application.apply(.edit([.proofAdded(.marriageCertificate)]), toMemberAt: 0, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(application.members.count == 1)
    }

    @Test func revisingARejectedMemberRecordsTheChangesAndUpdatesTheDetails() throws {
        let profile = PolicyProfile.national(.n26)
        var application = try twoMembers(profile)
        try application.submit(at: Lifecycle.at("2026-11-23", "09:02"), profile: profile, calendar: Lifecycle.calendar)
        try application.apply(.failSystemCheck([.infoMismatch]), toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:03"), profile: profile, calendar: Lifecycle.calendar)

        var corrected = Self.spouse
        corrected.name = PersonName("王伍")
        try application.revise(memberAt: 0, to: corrected, proofsAdded: [.marriageCertificate], at: Lifecycle.at("2026-11-23", "09:10"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.members[0].details == corrected)
        #expect(application.members[0].lifecycle.changes == [
            .name(from: PersonName("王五"), to: PersonName("王伍")), .proofAdded(.marriageCertificate),
        ])
        #expect(throws: LifecycleError.emptyEdit) {
            try application.revise(memberAt: 0, to: corrected, at: Lifecycle.at("2026-11-23", "09:11"), profile: profile, calendar: Lifecycle.calendar)
        }
        try application.apply(.resubmit, toMemberAt: 0, at: Lifecycle.at("2026-11-23", "09:12"), profile: profile, calendar: Lifecycle.calendar)
        #expect(application.members[0].lifecycle.submissions == 2)
        #expect(application.members[0].lifecycle.rejections.map(\.reasons) == [[.infoMismatch]])

        // The other member is being checked: its details cannot change under the checker.
        var older = Self.son
        older.relation = .near(.child, .adoptive)
        #expect(throws: LifecycleError.memberEventNotAllowed(.systemCheck, .edit)) {
            try application.revise(memberAt: 1, to: older, at: Lifecycle.at("2026-11-23", "09:13"), profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(application.members[1].details == Self.son)
    }

    @Test func aPeriodIsCheckedWhenAddedAndWhenRevised() throws {
        let profile = Self.jiangsuLike
        var application = SharingApplication(sharer: Self.sharerID, channel: .kiosk, profile: profile)
        #expect(throws: LifecycleError.period(.datesRequired)) {
            try application.addMember(Self.spouse, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        }
        var dated = Self.spouse
        dated.period = .chosen(start: Lifecycle.day("2026-12-01"), end: Lifecycle.day("2027-11-30"))
        try application.addMember(dated, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        var backdated = dated
        backdated.period = .chosen(start: Lifecycle.day("2026-11-20"), end: Lifecycle.day("2027-11-30"))
        #expect(throws: LifecycleError.period(.startInPast(start: Lifecycle.day("2026-11-20"), today: Lifecycle.day("2026-11-23")))) {
            try application.revise(memberAt: 0, to: backdated, at: Lifecycle.at("2026-11-23"), profile: profile, calendar: Lifecycle.calendar)
        }
        #expect(application.members[0].details == dated)
    }
}
