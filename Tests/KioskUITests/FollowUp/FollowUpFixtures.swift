import FamilyAid
import Foundation
@testable import KioskUI

/// Invitations and applications as the store would answer them, for the follow-up screens.
enum FollowUpFixtures {
    static let number = try! ApplicationNumber(origin: "DEM001", sequence: 1)
    static let sentOn = Fixtures.today
    /// Three working days after Monday 2026-11-23.
    static let confirmBy = CivilDate(year: 2026, month: 11, day: 26)!

    /// 王建国 invites 李秀英, his spouse, who must confirm herself.
    static let spouseInvitation = InvitationItem(
        number: number, memberIndex: 0, sharerName: PersonName("王建国"), sharerID: Fixtures.sharerID,
        member: MemberDetails(name: PersonName("李秀英"), id: Fixtures.spouse.id, relation: .near(.spouse, .marriage)),
        pending: PendingConfirmation(invited: [.member], sentOn: sentOn, confirmBy: confirmBy), party: .member)

    /// The same invitation, sent the week before and unanswered past its last day (Friday 11-20).
    static let expiredInvitation: InvitationItem = {
        var item = spouseInvitation
        item.pending = PendingConfirmation(
            invited: [.member], sentOn: CivilDate(year: 2026, month: 11, day: 17)!, confirmBy: CivilDate(year: 2026, month: 11, day: 20)!)
        return item
    }()

    /// Under N26 both sides consent: 王建国 confirms his own application for 王丽.
    static let ownInvitation = InvitationItem(
        number: try! ApplicationNumber(origin: "DEM001", sequence: 2), memberIndex: 1, sharerName: PersonName("王建国"),
        sharerID: Fixtures.sharerID,
        member: MemberDetails(name: PersonName("王丽"), id: Fixtures.olderChild.id, relation: .near(.child, .birth)),
        pending: PendingConfirmation(invited: [.member, .sharer], sentOn: sentOn, confirmBy: confirmBy), party: .sharer)
}

extension KioskProbe {
    /// Signs in as `person`, confirms who they are, and the store answers with `invitations`.
    mutating func reachHome(as person: InsuredPerson, invitations: [InvitationItem]) {
        signIn(as: person)
        press(.character("1"))
        send(.invitationsLoaded(invitations))
    }

    /// 李秀英 signs in and opens her husband's invitation.
    mutating func openSpouseInvitation(_ invitation: InvitationItem = FollowUpFixtures.spouseInvitation) {
        reachHome(as: Fixtures.spouse, invitations: [invitation])
        press(.character("1"))
        press(.character("1"))
    }
}
