import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Each member's payment mode, through `update`: reaching it only with every member allowed, the
/// uses, the quota and its sums, going back without losing anything, F2 mid-form, the PIN pad
/// alone, taps.
@Suite("Payment mode")
struct PaymentFlowTests {
    /// The spouse and the young son on the list, then on to the spouse's uses.
    static func reachUses(_ probe: inout KioskProbe) {
        ScreenGoldenTests.twoMembers(&probe)
        probe.press(.character("4"))
    }

    @Test func theListGoesOnOnlyWhenEveryMemberIsAllowed() {
        var probe = KioskProbe()
        probe.openMembers()
        #expect(!probe.frame.contains("资金使用方式"))
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"))
        probe.addMember(Fixtures.motherInLaw, relation: "9")
        probe.press(.character("1"))
        #expect(probe.frame.contains("名单中有不能添加的成员"))
        #expect(!probe.frame.contains("资金使用方式"))
        probe.press(.character("2"), .character("3"))
        probe.press(.character("1"))
        #expect(probe.screen == .memberList)
        #expect(probe.frame.contains("3. 下一步：选择每个人的资金使用方式"))
        probe.press(.character("3"))
        #expect(probe.screen == .paymentUses)
    }

    @Test func usesStartAllOnAndAtLeastOneIsNeeded() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        #expect(probe.frame.contains("[√] 在定点医院看病的个人负担"))
        probe.press(.character("1"))
        #expect(probe.frame.contains("[ ] 在定点医院看病的个人负担"))
        #expect(probe.state.focus == 0)
        probe.type("234")
        probe.press(.character("5"))
        #expect(probe.screen == .paymentUses)
        #expect(probe.frame.contains("至少要选一项用途"))
        probe.press(.character("2"))
        #expect(!probe.frame.contains("至少要选一项用途"))
        probe.press(.character("5"))
        #expect(probe.screen == .paymentQuota)
        let choice = probe.state.session.payment.choices[Fixtures.spouse.id]
        #expect(choice?.uses == [.pharmacy])
    }

    @Test func theQuotaShowsWhatIsSetAsideAndWhatStays() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("5"))
        #expect(probe.frame.contains("12,345.67 元"))
        probe.type("2000")
        #expect(probe.frame.contains("2,000.00 元"))
        #expect(probe.frame.contains("10,345.67 元"))
        probe.press(.enter)
        #expect(probe.screen == .paymentUses)
        #expect(probe.state.session.payment.current == 1)
        probe.press(.character("5"))
        probe.type("10346")
        probe.press(.enter)
        #expect(probe.frame.contains("此人最多可以得到 10,345.67 元"))
        #expect(probe.screen == .paymentQuota)
        probe.press(.backspace)
        #expect(!probe.frame.contains("此人最多可以得到"))
        probe.press(.enter)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.payment.choices[Fixtures.youngChild.id]?.quota == .yuan(1034))
    }

    @Test func badAmountsAreSaidAndNothingIsLost() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("5"))
        probe.press(.enter)
        #expect(probe.frame.contains("还没有输入金额"))
        probe.type("1a")
        #expect(probe.frame.contains("金额只能输入数字和小数点"))
        probe.type("．5")
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.quotaText.text == "1.5")
        probe.type("55")
        probe.press(.enter)
        #expect(probe.frame.contains("这不是有效的金额"))
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.quotaText.text == "1.555")
    }

    @Test func escGoesBackStepByStepKeepingEverything() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("4"), .character("5"))
        probe.type("2000")
        probe.press(.enter)
        probe.press(.character("5"))
        probe.type("300")
        probe.press(.escape)
        #expect(probe.screen == .paymentUses)
        probe.press(.escape)
        #expect(probe.screen == .paymentQuota)
        #expect(probe.frame.contains("给 李*英 的共济额度"))
        #expect(probe.frame.contains("2000"))
        probe.press(.escape, .escape)
        #expect(probe.screen == .memberList)
        probe.press(.character("4"))
        #expect(probe.frame.contains("[ ] 缴纳长期护理保险费"))
        probe.press(.character("5"), .enter)
        probe.press(.character("5"))
        #expect(probe.state.session.payment.choices[Fixtures.youngChild.id]?.quotaText.text == "300")
    }

    @Test func aRemovedMemberTakesTheirChoiceAlong() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("5"))
        probe.type("2000")
        probe.press(.enter)
        probe.press(.escape, .escape, .escape)
        #expect(probe.screen == .memberList)
        probe.press(.character("2"), .character("3"), .character("1"))
        probe.press(.character("3"))
        #expect(probe.state.session.payment.choices.keys.sorted { $0.number < $1.number } == [Fixtures.spouse.id])
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.quota == .yuan(2000))
    }

    @Test func theLanguageKeyMidFormKeepsTheAmount() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("5"))
        probe.type("12")
        probe.press(.function(2))
        #expect(probe.frame.contains("The quota for"))
        probe.type("00")
        probe.press(.enter)
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.quota == .yuan(1200))
    }

    @Test func withoutQuotasTheCapIsShownAndTheUsesSuffice() {
        var probe = KioskProbe(Fixtures.state(settings: KioskSettings(policy: .national(.n24))))
        probe.openMembers()
        probe.addMember(Fixtures.spouse, relation: "1")
        probe.press(.character("1"), .character("3"))
        #expect(probe.frame.contains("本地不设每笔支付上限"))
        #expect(!probe.frame.contains("长期护理"))
        probe.press(.character("4"))
        #expect(probe.screen == .commitmentLetter)
        #expect(PaymentFlow.isComplete(probe.state))
    }

    @Test func tapsToggleAndGoOn() throws {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        let use = try #require(probe.position(of: "在定点药店"))
        probe.tap(use.row, use.column)
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.uses.contains(.pharmacy) == false)
        let go = try #require(probe.position(of: "5. 继续"))
        probe.tap(go.row, go.column)
        #expect(probe.screen == .paymentQuota)
        probe.type("100")
        let confirm = try #require(probe.position(of: "[ 确定"))
        probe.tap(confirm.row, confirm.column)
        #expect(probe.screen == .paymentUses)
    }

    @Test func walkingAwayForgetsThePaymentMode() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.press(.character("5"))
        probe.type("2000")
        probe.press(.function(10))
        #expect(probe.state.session.payment == PaymentDraft())
        #expect(probe.screen == .welcome)
    }

    @Test func anEmptyDayIsCalledEmptyAndFocused() {
        var probe = KioskProbe(Fixtures.state(settings: ScreenGoldenTests.jiangsu))
        ScreenGoldenTests.spouseDates(&probe)
        probe.press(.enter, .enter)
        #expect(probe.state.session.payment.notice == .endEmpty)
        #expect(probe.state.focus == 1)
        #expect(probe.frame.contains("还没有输入结束日期"))
        probe.press(.tab, .tab, .tab)
        probe.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .enter, .enter)
        #expect(probe.state.session.payment.notice == .startEmpty)
        #expect(probe.state.focus == 0)
        probe.press(.function(2))
        #expect(probe.frame.contains("The first day is still empty"))
    }

    @Test func whereTheProfileHasDatesBothAreChosenAndKept() {
        var probe = KioskProbe(Fixtures.state(settings: ScreenGoldenTests.jiangsu))
        ScreenGoldenTests.spouseDates(&probe)
        #expect(probe.screen == .paymentPeriod)
        #expect(probe.frame.contains("20261123"))
        probe.press(.enter)
        #expect(probe.state.focus == 1)
        probe.type("20271122")
        probe.press(.escape)
        #expect(probe.screen == .paymentUses)
        probe.press(.character("4"))
        #expect(probe.frame.contains("20271122"))
        probe.press(.function(2))
        #expect(probe.frame.contains("Dates of sharing with"))
        probe.press(.tab, .tab, .tab)
        #expect(probe.state.focus == 3)
        probe.press(.backTab, .enter)
        #expect(probe.screen == .commitmentLetter)
        let start = CivilDate(year: 2026, month: 11, day: 23)!
        let end = CivilDate(year: 2027, month: 11, day: 22)!
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.period == .chosen(start: start, end: end))
        #expect(PaymentFlow.isComplete(probe.state))
    }

    @Test func aBadDateIsSaidAndTheFocusGoesToIt() {
        var probe = KioskProbe(Fixtures.state(settings: ScreenGoldenTests.jiangsu))
        ScreenGoldenTests.spouseDates(&probe)
        probe.press(.enter)
        probe.type("2026113")
        probe.press(.enter)
        #expect(probe.frame.contains("结束日期不是真实的日期"))
        #expect(probe.state.focus == 1)
        probe.press(.backspace)
        probe.type("2")
        #expect(!probe.frame.contains("结束日期不是真实的日期"))
        probe.type("3")
        probe.press(.enter)
        #expect(probe.frame.contains("结束日期要晚于开始日期"))
        probe.press(.tab, .tab, .tab)
        #expect(probe.state.focus == 0)
        probe.press(.backspace)
        probe.type("2")
        probe.press(.enter, .enter)
        #expect(probe.frame.contains("开始日期不能早于今天（2026-11-23）"))
        #expect(probe.state.focus == 0)
        #expect(probe.screen == .paymentPeriod)
    }

    @Test func theOrderIsAskedOnlyWhereTheMemberHasSharersAlready() {
        var probe = KioskProbe()
        ScreenGoldenTests.twoMembers(&probe)
        probe.effects = []
        probe.press(.character("4"))
        #expect(probe.effects == [.loadMemberSharers(Fixtures.spouse.id), .loadMemberSharers(Fixtures.youngChild.id)])
        probe.send(.memberSharersLoaded(Fixtures.spouse.id, count: 1))
        probe.send(.memberSharersLoaded(Fixtures.youngChild.id, count: 0))
        probe.press(.character("5"))
        probe.type("2000")
        probe.press(.enter)
        #expect(probe.screen == .paymentRank)
        #expect(probe.frame.contains("2. 第 2 位，最后支付"))
        #expect(probe.state.focus == 1)
        probe.press(.escape)
        #expect(probe.screen == .paymentQuota)
        probe.press(.enter)
        probe.press(.character("1"))
        #expect(probe.state.session.payment.choices[Fixtures.spouse.id]?.rank == 1)
        #expect(probe.screen == .paymentUses)
        probe.press(.escape)
        #expect(probe.screen == .paymentRank)
        #expect(probe.state.focus == 0)
        probe.press(.enter, .character("5"))
        probe.type("100")
        probe.press(.enter)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.payment.choices[Fixtures.youngChild.id]?.rank == nil)
        #expect(PaymentFlow.isComplete(probe.state))
        probe.press(.escape, .escape, .escape, .escape, .escape, .escape)
        #expect(probe.screen == .memberList)
        probe.effects = []
        probe.press(.character("4"))
        #expect(probe.effects.isEmpty)
    }

    @Test func anOrderTheProfileFixesIsNotAsked() {
        var profile = PolicyProfile.kioskDefault
        profile.sharerOrder = .largestBalanceFirst
        var probe = KioskProbe(Fixtures.state(settings: KioskSettings(policy: profile)))
        ScreenGoldenTests.twoMembers(&probe)
        probe.effects = []
        probe.press(.character("4"))
        #expect(probe.effects.isEmpty)
    }

    @Test func anAnswerForSomeoneNoLongerOnTheListIsDropped() {
        var probe = KioskProbe()
        Self.reachUses(&probe)
        probe.send(.memberSharersLoaded(Fixtures.parent.id, count: 3))
        #expect(probe.state.session.payment.otherSharers.isEmpty)
    }
}
