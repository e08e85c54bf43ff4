import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// 家庭共济缴费 through `update`: offered only where it may be paid, this year's amount with
/// what is left after it, a confirmation with "not now" in focus, already paid, outside the
/// window, refusals and failures in words.
@Suite("Family contribution payment")
struct PremiumFlowTests {
    /// 王建国 shares with 王小明 (resident insurance) under N26: 1,000 yuan, 300 used, every use.
    static let withResidentChild: SharingEntry = {
        var entry = SharingFlowTests.withChild
        entry.uses = Set(SharedUse.allCases)
        entry.otherInsurance = .resident
        return entry
    }()

    static let request = PremiumRequest(
        member: Fixtures.youngChild.id, memberInsurance: .resident, coverageYear: 2027, amount: .yuan(400), date: Fixtures.today)

    static let receipt: PremiumReceipt = try! PremiumPayment.pay(
        request,
        from: SharerPosition(account: PersonalAccount(Fixtures.person()), quotaRemaining: .yuan(700), paymentRank: 1,
                             boundOn: CivilDate(year: 2026, month: 11, day: 2)!),
        profile: .national(.n26), alreadyPaid: [])

    /// From the welcome screen to the payment screen for 王小明, with `paid` read from the store.
    static func openPremium(_ probe: inout KioskProbe, paid: [PaidPremium]? = []) {
        SharingFlowTests.openSharing(&probe, entries: [withResidentChild])
        probe.press(.character("1"), .character("1"))
        if let paid { probe.send(.premiumsLoaded(Fixtures.youngChild.id, paid)) }
    }

    @Test func offeredOnlyToTheSharerOfAMemberInResidentInsurance() {
        var plain = KioskProbe()
        SharingFlowTests.openSharing(&plain)
        plain.press(.character("1"))
        #expect(!plain.frame.contains("缴纳居民医保"), "uses without the contribution, insurance unknown")
        plain.press(.escape, .character("2"))
        #expect(!plain.frame.contains("缴纳居民医保"), "a member pays nobody's contribution")
        var probe = KioskProbe()
        SharingFlowTests.openSharing(&probe, entries: [Self.withResidentChild])
        probe.press(.character("1"))
        #expect(probe.frame.contains("1. 为 TA 缴纳居民医保（家庭共济缴费）"))
        #expect(probe.frame.contains("2. 解除对 TA 的共济"))
        #expect(probe.frame.contains("3. 返回"))
    }

    @Test func thisYearsAmountIsShownWithWhatIsLeftAndEnterAlonePaysNothing() {
        var probe = KioskProbe()
        SharingFlowTests.openSharing(&probe, entries: [Self.withResidentChild])
        probe.press(.character("1"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.loadPremiums(Fixtures.youngChild.id)])
        #expect(probe.frame.contains("正在查询缴费记录"))
        probe.send(.premiumsLoaded(Fixtures.youngChild.id, []))
        #expect(probe.frame.contains("为 王*明 缴纳 2027 年度城乡居民医保个人缴费 400.00 元"))
        #expect(probe.frame.contains("现在剩余 700.00 元，缴费后剩余 300.00 元"))
        #expect(probe.frame.contains("2027 年度的缴费时间：2026-09-01 至 2026-12-31"))
        #expect(probe.state.focus == 1)
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .sharingDetail)
        #expect(probe.effects.isEmpty)
    }

    @Test func thePaymentIsAskedOnceAndItsAnswerShowsWhatIsLeft() {
        var probe = KioskProbe()
        Self.openPremium(&probe)
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.payPremium(Self.request, sharer: Fixtures.sharerID, profile: .national(.n26))])
        #expect(probe.screen == .premiumResult)
        #expect(probe.frame.contains("正在缴费"))
        probe.press(.character("1"))
        #expect(probe.effects.count == 1)
        probe.send(.premiumPaid(Self.receipt))
        #expect(probe.frame.contains("已为 王*明 缴纳 2027 年度城乡居民医保 400.00 元"))
        #expect(probe.frame.contains("您给 TA 的共济额度还剩 300.00 元"))
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .sharingList)
        #expect(probe.effects == [.loadRelationships(Fixtures.sharerID)], "the quota changed: read again")
    }

    @Test func aYearAlreadyPaidIsSaidWithTheWindow() {
        var probe = KioskProbe()
        Self.openPremium(&probe, paid: [PaidPremium(
            member: Fixtures.youngChild.id, sharer: Fixtures.sharerID, kind: .residentMedical, coverageYear: 2027,
            amount: .yuan(400), date: CivilDate(year: 2026, month: 10, day: 8)!)])
        #expect(probe.frame.contains("2027 年度居民医保已在 2026-10-08 缴纳（400.00 元）"))
        #expect(probe.frame.contains("1. 返回"))
        #expect(!probe.frame.contains("确定缴费"))
        probe.press(.character("1"))
        #expect(probe.screen == .sharingDetail)
    }

    @Test func outsideTheWindowTheNextOnesDatesAreSaid() {
        var probe = KioskProbe()
        probe.now = CivilDate(year: 2026, month: 8, day: 15)!.startOfDay().addingTimeInterval(9 * 3600)
        probe.state.now = probe.now
        probe.state.lastInputAt = probe.now
        Self.openPremium(&probe)
        #expect(probe.frame.contains("现在不在缴费时间内。2027 年度居民医保的缴费时间是 2026-09-01 至"))
        #expect(probe.frame.contains("2026-12-31，每人 400.00 元"))
        #expect(!probe.frame.contains("确定缴费"))
    }

    @Test func refusalsAndFailuresAreSaidInWords() {
        var probe = KioskProbe()
        Self.openPremium(&probe)
        probe.press(.character("1"))
        probe.send(.premiumRefused(.insufficientFunds(needed: .yuan(400), available: .yuan(100))))
        #expect(probe.frame.contains("没有缴费：需要 400.00 元，可用的只有 100.00 元"))
        var failing = KioskProbe()
        Self.openPremium(&failing)
        failing.press(.character("1"))
        failing.send(.serviceFailed)
        #expect(failing.frame.contains("暂时没能缴费，钱没有扣"))
        failing.press(.function(2))
        #expect(failing.frame.contains("no money was taken"))
    }

    @Test func touchPaysAndEscGoesBackWithoutPaying() {
        var probe = KioskProbe()
        Self.openPremium(&probe)
        probe.press(.escape)
        #expect(probe.screen == .sharingDetail)
        let item = probe.position(of: "为 TA 缴纳居民医保")!
        probe.tap(item.row, item.column)
        #expect(probe.screen == .premium)
        probe.send(.premiumsLoaded(Fixtures.youngChild.id, []))
        probe.effects = []
        let pay = probe.position(of: "确定缴费")!
        probe.tap(pay.row, pay.column)
        #expect(probe.effects == [.payPremium(Self.request, sharer: Fixtures.sharerID, profile: .national(.n26))])
    }

    @Test func anAnswerAfterTheSessionEndedIsDropped() {
        var probe = KioskProbe()
        Self.openPremium(&probe)
        probe.press(.character("1"))
        probe.press(.function(10))
        probe.send(.premiumPaid(Self.receipt))
        #expect(probe.state.session.premium.outcome == nil)
        #expect(probe.screen == .welcome)
    }
}
