import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// 消费明细 through `update`: the periods by digit, stale answers dropped, paging with the PIN
/// pad, refunds, failures, taps and the language key.
@Suite("Spending")
struct SpendingFlowTests {
    static func day(_ text: String) -> CivilDate { CivilDate(text)! }

    /// The sharer paid 500 for 王小明 from the quota, 200 came back; 王芳 paid 80 for the sharer.
    static func statement(from: String = "2026-11-01", to: String = "2026-11-23", extra: Int = 0) -> SpendingStatement {
        let child = Fixtures.youngChild
        let sister = Fixtures.sisterInShanghai
        var byMe = [
            SpendingLine(date: day("2026-11-10"), kind: .settlement, reference: .bill("H-2026-0001"), other: child.id,
                         otherName: child.name, amount: .yuan(500), fromQuota: true),
            SpendingLine(date: day("2026-11-12"), kind: .refund, reference: .refund(bill: "H-2026-0001", refund: "R-1"), other: child.id,
                         otherName: child.name, amount: .yuan(-200), fromQuota: true),
        ]
        for index in 0..<extra {
            byMe.append(SpendingLine(date: day("2026-11-20"), kind: .settlement, reference: .bill("P-\(index)"), other: child.id,
                                     otherName: child.name, amount: .yuan(10), fromQuota: true))
        }
        return SpendingStatement(
            from: day(from), to: day(to), paidByMe: byMe,
            paidForMe: [SpendingLine(date: day("2026-11-15"), kind: .settlement, reference: .bill("P-88"), other: sister.id,
                                     otherName: sister.name, amount: .yuan(80), fromQuota: false)],
            refunds: [RefundLine(date: day("2026-11-16"), billNumber: "P-88", refundNumber: "R-9", amount: .yuan(30),
                                 toSharers: .yuan(30), toOwnAccount: .zero, toCash: .zero)])
    }

    /// From the welcome screen to 消费明细 of the sharer, with `statement` read from the store.
    static func openSpending(_ probe: inout KioskProbe, statement: SpendingStatement? = SpendingFlowTests.statement()) {
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        probe.press(.character("3"))
        if let statement { probe.send(.spendingLoaded(statement)) }
    }

    @Test func thisMonthIsReadFirstAndEachPeriodIsOneDigit() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        probe.effects = []
        probe.press(.character("3"))
        #expect(probe.screen == .spending)
        #expect(probe.effects == [.loadSpending(Fixtures.sharerID, from: Self.day("2026-11-01"), to: Self.day("2026-11-23"))])
        #expect(probe.frame.contains("正在读取"))
        probe.effects = []
        probe.press(.character("2"))
        #expect(probe.effects == [.loadSpending(Fixtures.sharerID, from: Self.day("2026-09-01"), to: Self.day("2026-11-23"))])
        probe.effects = []
        probe.press(.character("3"))
        #expect(probe.effects == [.loadSpending(Fixtures.sharerID, from: Self.day("2026-01-01"), to: Self.day("2026-11-23"))])
        #expect(probe.frame.contains("时间：2026-01-01 至 2026-11-23"))
    }

    @Test func threeMonthsBackCrossesTheYear() {
        #expect(SpendingRange.lastThreeMonths.dates(today: Self.day("2027-02-10")).from == Self.day("2026-12-01"))
        #expect(SpendingRange.lastThreeMonths.dates(today: Self.day("2027-01-31")).from == Self.day("2026-11-01"))
        #expect(SpendingRange.thisMonth.dates(today: Self.day("2027-01-31")).from == Self.day("2027-01-01"))
    }

    @Test func bothSidesAndTheRefundsAreShownWithNamesMasked() {
        var probe = KioskProbe()
        Self.openSpending(&probe)
        #expect(probe.frame.contains("2026-11-10  为 王*明 支付 500.00 元  单号 H-2026-0001（共济额度）"))
        #expect(probe.frame.contains("2026-11-12  王*明 退费，退回 200.00 元"))
        #expect(probe.frame.contains("2026-11-15  王* 为我支付 80.00 元  单号 P-88"))
        #expect(probe.frame.contains("单号 P-88 退费 30.00 元：退回共济 30.00"))
        #expect(!probe.frame.contains("王小明"))
    }

    @Test func anAnswerForAnotherPeriodIsDropped() {
        var probe = KioskProbe()
        Self.openSpending(&probe, statement: nil)
        probe.press(.character("3"))
        probe.send(.spendingLoaded(Self.statement()))
        #expect(probe.state.session.spending.statement == nil, "this month's answer came after 'this year' was chosen")
        probe.send(.spendingLoaded(Self.statement(from: "2026-01-01")))
        #expect(probe.state.session.spending.statement != nil)
    }

    @Test func aLongStatementTurnsItsPageWithADigit() {
        var probe = KioskProbe()
        Self.openSpending(&probe, statement: Self.statement(extra: 20))
        #expect(probe.frame.contains("第 1 页，共 2 页"))
        #expect(probe.frame.contains("4. 下一页"))
        #expect(probe.frame.contains("5. 返回"))
        probe.press(.character("4"))
        #expect(probe.frame.contains("第 2 页，共 2 页"))
        #expect(probe.frame.contains("我的退费记录"))
        probe.press(.character("4"))
        #expect(probe.frame.contains("第 1 页，共 2 页"))
        probe.press(.character("5"))
        #expect(probe.screen == .home)
    }

    @Test func aFailureIsSaidAndAnotherDigitTriesAgain() {
        var probe = KioskProbe()
        Self.openSpending(&probe, statement: nil)
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("暂时读取不到消费明细"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.count == 1)
        #expect(probe.frame.contains("正在读取"))
    }

    @Test func tapsEscAndTheLanguageKey() {
        var probe = KioskProbe()
        Self.openSpending(&probe)
        probe.press(.function(2))
        #expect(probe.frame.contains("paid 500.00 for 王*明  bill H-2026-0001 (quota)"))
        probe.press(.function(2))
        let item = probe.position(of: "近三个月")!
        probe.effects = []
        probe.tap(item.row, item.column)
        #expect(probe.state.session.spending.range == .lastThreeMonths)
        #expect(probe.effects.count == 1)
        probe.press(.escape)
        #expect(probe.screen == .home)
    }
}
