import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore

/// Applications put straight into a demo store, as the submission screens will: what the
/// follow-up tests and replays start from. The demo personas' numbers; the kiosk's default
/// profile; early on the replays' Monday, 2026-11-23, so every replay step comes after.
enum FollowUpStore {
    static let profile = PolicyProfile.kioskDefault
    static let calendar = WorkingDayCalendar.weekendsOnly
    static let monday = ReplayRunner.defaultStart  // 09:00 in Shanghai

    static func id(_ number: String) -> ResidentID {
        try! ResidentID.parse(number, today: CivilDate(monday))
    }

    static let sharer = id("110105196803150118")  // 王建国
    static let spouse = id("110105197007080221")  // 李秀英
    static let youngChild = id("11010520150520031X")  // 王小明
    static let parent = id("110105194501200512")  // 王大山

    /// `minutes` after 07:00 on the Monday.
    static func early(_ minutes: Double) -> Date { monday.addingTimeInterval(-7200 + minutes * 60) }

    /// 王建国's application for `members`, submitted at 07:00 and passed by the system check
    /// with the parties given for each member.
    @discardableResult
    static func submit(
        in store: KioskDatabase, members: [(ResidentID, String, DeclaredRelation, Set<ConfirmingParty>)]
    ) throws -> ApplicationNumber {
        var application = SharingApplication(sharer: sharer, channel: .kiosk, profile: profile)
        for (id, name, relation, _) in members {
            try application.addMember(
                MemberDetails(name: PersonName(name), id: id, relation: relation), at: early(0), profile: profile, calendar: calendar)
        }
        try application.submit(at: early(0), profile: profile, calendar: calendar)
        let number = try store.submitApplication(application, proofs: [:], signature: nil, now: early(0))
        for (index, member) in members.enumerated() {
            try store.recordMemberEvent(
                .passSystemCheck(confirming: member.3), member: index, application: number, at: early(1),
                profile: profile, calendar: calendar)
        }
        return number
    }

    /// The spouse, who must confirm herself.
    static let spouseMember = (spouse, "李秀英", DeclaredRelation.near(.spouse, .marriage), Set([ConfirmingParty.member]))
    /// The son under 16: the sharer, his father, confirms by applying, so nobody is asked.
    static let childMember = (youngChild, "王小明", DeclaredRelation.near(.child, .birth), Set<ConfirmingParty>())

    /// A demo store file at `path` holding 王建国's application for his spouse, waiting for her.
    static func spouseInvited(at path: String) throws -> ApplicationNumber {
        let store = try DemoStore.open(at: path, now: early(0), pinCost: .fastForTests)
        return try submit(in: store, members: [spouseMember])
    }

    /// A demo store file at `path` holding 王建国's application for his wife and his young son:
    /// she confirmed, then the reviewer approved the son (his relationship begun, with a quota)
    /// and refused her for a missing proof.
    static func decided(at path: String) throws -> ApplicationNumber {
        let store = try DemoStore.open(at: path, now: early(0), pinCost: .fastForTests)
        let number = try submit(in: store, members: [spouseMember, childMember])
        try store.recordMemberEvent(.confirm(.member), member: 0, application: number, at: early(2), profile: profile, calendar: calendar)
        try store.recordMemberEvent(.approve, member: 1, application: number, at: early(3), profile: profile, calendar: calendar)
        try store.recordMemberEvent(.reject([.proofMissing]), member: 0, application: number, at: early(4), profile: profile, calendar: calendar)
        try store.beginRelationship(
            application: number, member: 1, quota: Money(fen: 100_000), profile: profile, calendar: calendar, now: early(5))
        return number
    }
}
