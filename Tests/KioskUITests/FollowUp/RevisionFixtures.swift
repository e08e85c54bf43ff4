import FamilyAid
import Foundation
@testable import KioskUI

/// Rejected members to correct, and the engine's verdicts the store would answer for them.
extension TrackingFixtures {
    /// One member refused at review for `codes`, in an application of its own.
    static func refused(_ person: InsuredPerson, as relation: DeclaredRelation, for codes: [ReasonCode]) -> FollowedApplication {
        var application = SharingApplication(sharer: Fixtures.sharerID, channel: .kiosk, profile: profile)
        try! application.addMember(
            MemberDetails(name: person.name, id: person.id, relation: relation), at: day(0), profile: profile, calendar: calendar)
        try! application.submit(at: day(0), profile: profile, calendar: calendar)
        try! application.apply(.passSystemCheck(confirming: []), toMemberAt: 0, at: day(0), profile: profile, calendar: calendar)
        try! application.apply(.reject(codes), toMemberAt: 0, at: day(2), profile: profile, calendar: calendar)
        return FollowedApplication(number: otherNumber, application: application, sharerName: PersonName("王建国"), submittedAt: day(0))
    }

    /// The son declared the sharer's father: refused as implausible, corrected at the kiosk.
    static let implausible = refused(Fixtures.youngChild, as: .near(.parent, .birth), for: [.relationImplausible])
    /// The spouse's name did not match the registry: only a counter can correct it.
    static let mismatch = refused(Fixtures.spouse, as: .near(.spouse, .marriage), for: [.infoMismatch])

    /// The engine's verdict on `person` declared as `relation`, as the store would give it.
    static func verdict(_ person: InsuredPerson, _ relation: DeclaredRelation) -> MemberVerdict {
        Eligibility.judge(
            sharer: Fixtures.person(), members: [DraftMember(person: person, relation: relation, mobile: MobileNumber("13800138002")!).proposed],
            existing: .none, profile: profile, today: Fixtures.today)[0]
    }
}
