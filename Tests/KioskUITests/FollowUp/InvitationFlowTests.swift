import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Answering an invitation, through `update`: what is asked of the store, going back, the
/// second question before a decline, the language key, the PIN pad alone, taps, and answers
/// that cannot be recorded.
@Suite("Answering invitations")
struct InvitationFlowTests {
    @Test func signingInAsksWhatWaitsAndTheHomeMenuSaysSo() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.spouse)
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.loadInvitations(Fixtures.spouse.id), .loadApplications(Fixtures.spouse.id)])
        #expect(!probe.frame.contains("共济邀请"))
        probe.send(.invitationsLoaded([FollowUpFixtures.spouseInvitation]))
        #expect(probe.frame.contains("1. 共济邀请：1 项等您答复"))
        #expect(probe.frame.contains("2. 我的共济关系"), "the other items follow")
    }

    @Test func anAnswerForASessionThatEndedIsDropped() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.spouse)
        probe.press(.character("1"))
        probe.press(.function(10))
        probe.send(.invitationsLoaded([FollowUpFixtures.spouseInvitation]))
        #expect(probe.state.session.invitations.items == nil)
        #expect(probe.screen == .welcome)
    }

    @Test func confirmingWithThePINPadAlone() {
        var probe = KioskProbe()
        probe.openSpouseInvitation()
        #expect(probe.screen == .invitation)
        #expect(probe.frame.contains("王*国 邀请您加入家庭共济"))
        #expect(probe.frame.contains("钱可以共济，卡不能共用"))
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .invitationResult)
        #expect(probe.effects == [.answerInvitation(FollowUpFixtures.number, member: 0, party: .member, accept: true)])
        #expect(probe.frame.contains("正在提交您的答复"))
        probe.press(.character("1"))
        #expect(probe.screen == .invitationResult, "keys do nothing while the answer is on its way")
        probe.effects = []
        probe.send(.invitationAnswered(.confirmed(othersAwaited: false)))
        #expect(probe.effects == [.loadInvitations(Fixtures.spouse.id), .loadApplications(Fixtures.spouse.id)], "what still waits is read again")
        probe.send(.invitationsLoaded([]))
        #expect(probe.frame.contains("您已同意。申请已转入审核"))
        probe.press(.enter)
        #expect(probe.screen == .home)
        #expect(!probe.frame.contains("共济邀请"))
    }

    @Test func aDeclineIsAskedOnceMoreAndEscapeKeepsEverything() {
        var probe = KioskProbe()
        probe.openSpouseInvitation()
        probe.press(.character("2"))
        #expect(probe.screen == .invitationDecline)
        probe.effects = []
        probe.press(.escape)
        #expect(probe.screen == .invitation)
        #expect(probe.effects.isEmpty)
        probe.press(.character("2"))
        probe.press(.character("2"))
        #expect(probe.screen == .invitation, "\"back, do not decide now\"")
        probe.press(.down)
        probe.press(.enter)
        #expect(probe.screen == .invitationDecline)
        probe.press(.function(2))
        #expect(probe.frame.contains("Decline 王*国's invitation?"))
        probe.press(.character("1"))
        #expect(probe.effects == [.answerInvitation(FollowUpFixtures.number, member: 0, party: .member, accept: false)])
        probe.send(.invitationAnswered(.declined))
        #expect(probe.frame.contains("You have declined this invitation"))
    }

    @Test func escapeGoesBackStepByStep() {
        var probe = KioskProbe()
        probe.openSpouseInvitation()
        probe.press(.escape)
        #expect(probe.screen == .invitationList)
        probe.press(.escape)
        #expect(probe.screen == .home)
        probe.press(.character("1"))
        probe.press(.character("2"))
        #expect(probe.screen == .home, "the list's last item goes home")
    }

    @Test func anExpiredInvitationIsNotSent() {
        var probe = KioskProbe()
        probe.openSpouseInvitation(FollowUpFixtures.expiredInvitation)
        #expect(probe.frame.contains("答复期限（2026-11-20）已过"))
        #expect(!probe.frame.contains("1. 同意"))
        probe.effects = []
        probe.press(.character("2"))
        #expect(probe.screen == .invitation, "only \"back\" is offered")
        probe.press(.character("1"))
        #expect(probe.screen == .invitationList)
        #expect(probe.effects.isEmpty)
    }

    @Test func anAnswerTheStoreCouldNotRecordMayBeTriedAgain() {
        var probe = KioskProbe()
        probe.openSpouseInvitation()
        probe.press(.character("1"))
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("什么都没有改变"))
        probe.press(.character("1"))
        #expect(probe.screen == .invitation)
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.count == 1)
    }

    @Test func tapsChooseLikeDigits() throws {
        var probe = KioskProbe()
        probe.reachHome(as: Fixtures.spouse, invitations: [FollowUpFixtures.spouseInvitation])
        let item = try #require(probe.position(of: "共济邀请"))
        probe.tap(item.row, item.column)
        #expect(probe.screen == .invitationList)
        let invitation = try #require(probe.position(of: "王*国 邀请您"))
        probe.tap(invitation.row, invitation.column)
        #expect(probe.screen == .invitation)
        let decline = try #require(probe.position(of: "2. 不同意"))
        probe.tap(decline.row, decline.column)
        #expect(probe.screen == .invitationDecline)
    }

    @Test func theSharerConfirmsAsSharerUnderBothSidesConsent() {
        var probe = KioskProbe()
        probe.reachHome(as: Fixtures.person(), invitations: [FollowUpFixtures.ownInvitation])
        #expect(probe.frame.contains("1. 共济邀请：1 项等您答复"))
        probe.press(.character("1"))
        probe.press(.character("1"))
        #expect(probe.frame.contains("请确认您为 王* 提交的共济申请"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.answerInvitation(FollowUpFixtures.ownInvitation.number, member: 1, party: .sharer, accept: true)])
    }
}
