import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// 我的共济关系 through `update`: the list as sharer and as member, one relationship in full,
/// unbinding and leaving with a confirmation, the quota returned, failures, the PIN pad alone,
/// taps, F2 and walking away.
@Suite("My sharing")
struct SharingFlowTests {
    /// 王建国 shares with 王小明 under N26: 1,000 yuan assigned, 300 used.
    static let withChild: SharingEntry = {
        var relationship = try! SharingRelationship.begin(
            sharer: Fixtures.person(), member: Fixtures.youngChild, period: .openEnded,
            approvedOn: CivilDate(year: 2026, month: 11, day: 2)!, quota: .yuan(1000), profile: .national(.n26))
        try! relationship.apply(.useQuota(.yuan(300)), on: CivilDate(year: 2026, month: 11, day: 10)!)
        return SharingEntry(id: 7, side: .sharer, relationship: relationship, uses: [.hospitalSelfPay, .pharmacy], otherName: PersonName("王小明"))
    }()

    /// 王芳 shares with 王建国, from 2026-12-01 on.
    static let fromSister: SharingEntry = {
        let relationship = try! SharingRelationship.begin(
            sharer: Fixtures.sisterInShanghai, member: Fixtures.person(),
            period: .chosen(start: CivilDate(year: 2026, month: 12, day: 1)!, end: CivilDate(year: 2027, month: 11, day: 30)!),
            approvedOn: CivilDate(year: 2026, month: 11, day: 20)!, quota: nil, profile: .jiangsuLike)
        return SharingEntry(id: 9, side: .member, relationship: relationship, uses: [.pharmacy], otherName: PersonName("王芳"))
    }()

    /// From the welcome screen to 我的共济关系 of the sharer, with `entries` read from the store.
    static func openSharing(_ probe: inout KioskProbe, entries: [SharingEntry]? = [withChild, fromSister]) {
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        probe.press(.character("2"))
        if let entries { probe.send(.relationshipsLoaded(entries)) }
    }

    @Test func theHomeMenuOpensTheListAfreshEachTime() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        #expect(probe.frame.contains("2. 我的共济关系"))
        probe.effects = []
        probe.press(.character("2"))
        #expect(probe.screen == .sharingList)
        #expect(probe.effects == [.loadRelationships(Fixtures.sharerID)])
        #expect(probe.frame.contains("正在读取"))
        probe.send(.relationshipsLoaded([Self.withChild]))
        #expect(probe.frame.contains("我共济给 王*明（正在共济）"))
        probe.press(.escape)
        #expect(probe.screen == .home)
        probe.effects = []
        probe.press(.character("2"))
        #expect(probe.effects == [.loadRelationships(Fixtures.sharerID)])
        #expect(probe.state.session.sharing.entries == nil, "read again: another kiosk may have changed it")
    }

    @Test func aResidentInResidentInsuranceFindsTheirSharingToo() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person(name: "陈梅", insurance: .resident, balanceFen: 0))
        probe.press(.character("1"))
        #expect(probe.frame.contains("1. 我的共济关系"))
        probe.press(.character("1"))
        #expect(probe.screen == .sharingList)
    }

    @Test func bothSidesAreListedWithTheOtherPersonMasked() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        #expect(probe.frame.contains("1. 我共济给 王*明（正在共济）"))
        #expect(probe.frame.contains("2. 王* 共济给我（2026-12-01 起生效）"))
        #expect(probe.frame.contains("3. 返回"))
        #expect(!probe.frame.contains("王小明"))
        probe.press(.character("2"))
        #expect(probe.screen == .sharingDetail)
        #expect(probe.frame.contains("310104********0724"))
        #expect(probe.frame.contains("长期有效") == false)
        #expect(probe.frame.contains("2027-11-30"))
        #expect(probe.frame.contains("2. 返回"))
        probe.press(.escape)
        #expect(probe.screen == .sharingList)
        #expect(probe.state.focus == 1, "back on the one just seen")
    }

    @Test func theDetailShowsTheQuotaAssignedUsedAndLeft() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        probe.press(.character("1"))
        #expect(probe.frame.contains("共 1,000.00 元，已用 300.00 元，剩余 700.00 元"))
        #expect(probe.frame.contains("看病自付、药店购药"))
        #expect(probe.frame.contains("长期有效"))
        #expect(probe.frame.contains("1. 解除对 TA 的共济"))
    }

    @Test func theSharerUnbindsAfterConfirmingAndSeesTheQuotaReturned() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        probe.press(.character("1"), .character("1"))
        #expect(probe.screen == .sharingEndConfirm)
        #expect(probe.state.focus == 1, "the safe answer has the focus")
        #expect(probe.frame.contains("还没用完的共济额度 700.00 元将退回您的个人账户"))
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .sharingDetail, "Enter alone keeps the sharing")
        #expect(probe.effects.isEmpty)
        probe.press(.character("1"), .character("1"))
        #expect(probe.effects == [.endRelationship(id: 7, side: .sharer)])
        #expect(probe.screen == .sharingEnded)
        #expect(probe.frame.contains("正在办理"))
        probe.press(.character("1"))
        #expect(probe.effects == [.endRelationship(id: 7, side: .sharer)], "asked once while waiting")
        probe.send(.relationshipEnded(id: 7, quotaReturned: .yuan(700)))
        #expect(probe.frame.contains("已解除对 王*明 的共济"))
        #expect(probe.frame.contains("未用完的共济额度 700.00 元已退回您的个人账户"))
        probe.effects = []
        probe.press(.enter)
        #expect(probe.screen == .sharingList)
        #expect(probe.effects == [.loadRelationships(Fixtures.sharerID)])
    }

    @Test func theMemberLeavesWithTheSameCare() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        probe.press(.character("2"), .character("1"))
        #expect(probe.frame.contains("确定退出 王* 对您的共济吗"))
        probe.press(.escape)
        #expect(probe.screen == .sharingDetail)
        probe.press(.character("1"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.endRelationship(id: 9, side: .member)])
        probe.send(.relationshipEnded(id: 9, quotaReturned: nil))
        #expect(probe.frame.contains("已退出 王* 对您的共济"))
        #expect(!probe.frame.contains("额度"))
    }

    @Test func aFailureIsSaidInWordsAndCanBeTriedAgain() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        probe.press(.character("1"), .character("1"), .character("1"))
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("暂时没能办理成功，共济关系没有变化"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects == [.endRelationship(id: 7, side: .sharer)])
        probe.send(.serviceFailed)
        probe.press(.escape)
        #expect(probe.screen == .sharingDetail)
    }

    @Test func aListThatCannotBeReadSaysSo() {
        var probe = KioskProbe()
        Self.openSharing(&probe, entries: nil)
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("暂时读取不到您的共济关系"))
        probe.press(.character("1"))
        #expect(probe.screen == .home)
    }

    @Test func tapsAndTheLanguageKeyWorkMidWay() {
        var probe = KioskProbe()
        Self.openSharing(&probe)
        let item = probe.position(of: "我共济给")!
        probe.tap(item.row, item.column)
        #expect(probe.screen == .sharingDetail)
        probe.press(.function(2))
        #expect(probe.frame.contains("You share with 王*明"))
        #expect(probe.frame.contains("1,000.00 yuan, 300.00 used, 700.00 left"))
        probe.press(.function(2))
        #expect(probe.screen == .sharingDetail)
    }

    @Test func anAnswerAfterTheSessionEndedIsDropped() {
        var probe = KioskProbe()
        Self.openSharing(&probe, entries: nil)
        probe.press(.function(10))
        probe.send(.relationshipsLoaded([Self.withChild]))
        #expect(probe.state.session.sharing.entries == nil)
        #expect(probe.screen == .welcome)
    }

    /// Ten children of 王建国, 王小一 to 王小十: more than one page.
    static let tenEntries: [SharingEntry] = (0..<10).map { index in
        var entry = withChild
        entry.id = Int64(100 + index)
        entry.otherName = PersonName("王小\(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][index])")
        return entry
    }

    @Test func aLongListTurnsItsPageSoOneDigitAlwaysChooses() {
        var probe = KioskProbe()
        Self.openSharing(&probe, entries: Self.tenEntries)
        #expect(probe.frame.contains("8. 我共济给 王*八"))
        #expect(probe.frame.contains("9. 下一页"))
        #expect(probe.frame.contains("0. 返回"))
        probe.press(.character("9"))
        #expect(probe.frame.contains("1. 我共济给 王*九"))
        #expect(probe.frame.contains("2. 我共济给 王*十"))
        probe.press(.character("2"))
        #expect(probe.frame.contains("您共济给 王*十"))
        probe.press(.escape)
        #expect(probe.state.focus == 1)
        probe.press(.character("3"))
        #expect(probe.frame.contains("1. 我共济给 王*一"))
        probe.press(.character("0"))
        #expect(probe.screen == .home)
    }
}
