import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Following applications, through `update`: the home item, the way down to a member and back,
/// withdrawing with its second question, sending again, what a member may not do, the PIN pad
/// alone and taps.
@Suite("Tracking applications")
struct TrackingFlowTests {
    @Test func theHomeMenuOffersApplicationsOnlyWhenThereAreSome() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        probe.send(.applicationsLoaded([]))
        #expect(!probe.frame.contains("我的申请"))
        probe.send(.applicationsLoaded([TrackingFixtures.own]))
        #expect(probe.frame.contains("2. 我的申请（1 份）"))
        probe.press(.character("2"))
        #expect(probe.screen == .applicationList)
    }

    @Test func downToAMemberAndBackWithEscape() {
        var probe = KioskProbe()
        probe.openMember(.daughter)
        #expect(probe.screen == .applicationMember)
        #expect(probe.frame.contains("现在：审核中，预计 2026-11-25 前有结果。"))
        probe.press(.function(2))
        #expect(probe.frame.contains("Now: under review; a decision is expected by 2026-11-25."))
        probe.press(.function(2))
        probe.press(.escape)
        #expect(probe.screen == .applicationDetail)
        probe.press(.escape)
        #expect(probe.screen == .applicationList)
        probe.press(.escape)
        #expect(probe.screen == .home)
    }

    @Test func withdrawingIsAskedOnceMoreThenSentAndTheApplicationsReadAgain() {
        var probe = KioskProbe()
        probe.openMember(.parent)
        probe.press(.character("1"))
        #expect(probe.screen == .applicationCancel)
        probe.press(.escape)
        #expect(probe.screen == .applicationMember)
        probe.press(.character("1"))
        probe.press(.character("2"))
        #expect(probe.screen == .applicationMember, "\"do not withdraw\"")
        probe.effects = []
        probe.press(.character("1"))
        probe.press(.enter)
        #expect(probe.effects == [.actOnMember(TrackingFixtures.number, member: 2, .cancel)])
        #expect(probe.frame.contains("正在提交"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.isEmpty, "keys wait for the answer")
        probe.send(.memberActed(.done(.cancel)))
        #expect(probe.effects == [.loadApplications(Fixtures.sharerID)])
        probe.send(.applicationsLoaded([TrackingFixtures.ownWithParentCancelled]))
        #expect(probe.frame.contains("已撤回此人的申请。"))
        #expect(!probe.frame.contains("撤回此人的申请\n"))
        #expect(probe.frame.contains("1. 返回"))
    }

    @Test func aRefusalWhoseCauseLiesOutsideIsSentAgainAsIs() {
        var probe = KioskProbe()
        probe.openMember(.child, [TrackingFixtures.notInsured])
        #expect(probe.frame.contains("1. 不作修改，重新提交"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.actOnMember(TrackingFixtures.otherNumber, member: 0, .resubmit)])
    }

    @Test func aRefusalNeedingNewDocumentsIsCorrectedHere() {
        var probe = KioskProbe()
        probe.openMember(.spouse)
        #expect(probe.frame.contains("缺少材料"))
        #expect(!probe.frame.contains("人工窗口"))
        #expect(TrackingFlow.actions(probe.state) == [.revise])
    }

    @Test func aMemberSeesTheTimelineButActsOnNothing() {
        var probe = KioskProbe()
        probe.openMember(.parent, as: Fixtures.spouse)
        #expect(probe.frame.contains("等待 王*山 本人 确认"))
        #expect(!probe.frame.contains("撤回"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.screen == .applicationDetail)
        #expect(probe.effects.isEmpty)
    }

    @Test func aFailedStepMayBeTriedAgain() {
        var probe = KioskProbe()
        probe.openMember(.parent)
        probe.press(.character("1"))
        probe.press(.character("1"))
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("什么都没有改变"))
        probe.press(.character("1"))
        #expect(probe.screen == .applicationCancel)
    }

    @Test func tapsChooseLikeDigits() throws {
        var probe = KioskProbe()
        probe.openApplications()
        let application = try #require(probe.position(of: "DEM001-000007-Q"))
        probe.tap(application.row, application.column)
        #expect(probe.screen == .applicationDetail)
        let member = try #require(probe.position(of: "王*山（父母）"))
        probe.tap(member.row, member.column)
        #expect(probe.screen == .applicationMember)
        #expect(probe.state.session.tracking.member == 2)
    }
}
