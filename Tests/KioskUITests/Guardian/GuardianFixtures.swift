import FamilyAid
import Foundation
@testable import KioskUI

/// A grandmother adding her grandson under 16, and his father as the guardian who confirms
/// (the demo store's 张秀兰, 王小明 and 王建国; see DemoPersonas).
enum GuardianFixtures {
    /// 王小明's grandmother on his father's side: a retired employee who may share.
    static let grandmother = Fixtures.person(name: "张秀兰", id: Fixtures.id("11010519470412142"), balanceFen: 680_000)
    static let grandson = Fixtures.youngChild
    /// 王建国, the boy's father, as the registry knows him.
    static let father = Fixtures.person()
    /// Someone of 16, so under 18: no one's guardian (in no registry either).
    static let teenager = Fixtures.id("11010520100808053")

    /// 张秀兰 invites her grandson; his father answers as guardian, under N26 beside her own consent.
    static let invitation = InvitationItem(
        number: try! ApplicationNumber(origin: "DEM001", sequence: 3), memberIndex: 0, sharerName: PersonName("张秀兰"),
        sharerID: grandmother.id,
        member: MemberDetails(
            name: PersonName("王小明"), id: grandson.id, relation: .near(.sonsChild, .birth), guardian: father.id),
        pending: PendingConfirmation(
            invited: [.guardian, .sharer], confirmed: [.sharer], sentOn: FollowUpFixtures.sentOn, confirmBy: FollowUpFixtures.confirmBy),
        party: .guardian)
}

extension KioskProbe {
    /// 张秀兰 signs in, opens the member list and adds her grandson (孙子女, by birth) with a mobile
    /// number: the kiosk then asks for the guardian.
    mutating func addGrandson() {
        openMembers(as: GuardianFixtures.grandmother)
        addMember(GuardianFixtures.grandson, relation: "71")
    }

    /// The guardian's number typed and sent, and the registry's answer.
    mutating func nameGuardian(_ person: InsuredPerson = GuardianFixtures.father) {
        type(person.id.number)
        press(.enter)
        send(.guardianLookedUp(person.id, person))
    }

    /// The grandson added with his father as guardian: ends on the verdict.
    mutating func addGrandsonWithGuardian() {
        addGrandson()
        nameGuardian()
        press(.character("1"))
    }

    /// The grandson with his guardian, a quota of 3,000 元, the letter signed, the signed letter
    /// as his proof: ends on the summary.
    mutating func reachGuardianSummary() {
        addGrandsonWithGuardian()
        press(.character("1"), .character("3"), .character("5"))
        type("3000")
        press(.enter, .end, .character("1"), .enter)
        type("123456")
        press(.enter)
        send(.signaturePINAnswered(.signedIn(GuardianFixtures.grandmother)))
        press(.character("1"))
    }
}
