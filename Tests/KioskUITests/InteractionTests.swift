import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

@Suite("Taps, idle, window size, global keys")
struct InteractionTests {
    @Test func tappingAMenuItemChoosesIt() throws {
        var probe = KioskProbe()
        let item = try #require(probe.position(of: "办理家庭共济"))
        probe.tap(item.row, item.column + 2)
        #expect(probe.screen == .identityNumber)
    }

    @Test func tappingTheLanguageItemSwitches() throws {
        var probe = KioskProbe()
        let item = try #require(probe.position(of: "2. English"))
        probe.tap(item.row, item.column)
        #expect(probe.state.language == .english)
    }

    @Test func tappingButtonsAndTheFieldWorks() throws {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("11010519491231002X")
        let back = try #require(probe.position(of: "返回（Esc）"))
        probe.press(.tab)
        #expect(probe.state.focus == 1)
        let field = try #require(probe.position(of: "11010519491231002X"))
        probe.tap(field.row, field.column)
        #expect(probe.state.focus == 0)
        let confirm = try #require(probe.position(of: "确定（Enter）"))
        probe.tap(confirm.row, confirm.column)
        #expect(probe.screen == .identityPIN)
        probe.tap(back.row, back.column)
        #expect(probe.screen == .identityNumber)
    }

    @Test func tappingAFooterKeyPressesIt() throws {
        var probe = KioskProbe()
        let help = try #require(probe.position(of: "F1 帮助"))
        probe.tap(help.row, help.column)
        #expect(probe.state.helpScroll == 0)
    }

    @Test func tappingNothingDoesNothing() {
        var probe = KioskProbe()
        probe.tap(12, 79)
        #expect(probe.screen == .welcome)
    }

    @Test func theFocusedButtonAnswersEnter() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105")
        probe.press(.tab, .tab)
        #expect(probe.state.focus == 2)
        probe.press(.enter)
        #expect(probe.screen == .welcome)
        #expect(probe.state.session.idNumber.text == "110105")
    }

    @Test func menusMoveWithArrowsAndChooseWithEnter() {
        var probe = KioskProbe()
        probe.press(.down)
        #expect(probe.state.focus == 1)
        probe.press(.down)
        #expect(probe.state.focus == 0)
        probe.press(.up, .enter)
        #expect(probe.state.language == .english)
    }

    @Test func idleShowsACountdownThenEndsTheSession() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105")
        probe.wait(89)
        #expect(!probe.frame.contains("您还在吗"))
        probe.wait(1)
        #expect(probe.frame.contains("您还在吗"))
        #expect(probe.frame.contains("15 秒后"))
        probe.wait(5)
        #expect(probe.frame.contains("10 秒后"))
        probe.wait(10)
        #expect(probe.screen == .welcome)
        #expect(probe.state.session == ResidentSession())
        #expect(probe.effects.last == .sessionEnded(.idle))
    }

    @Test func aKeyDuringTheCountdownContinuesAndIsNotTyped() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105")
        probe.wait(95)
        probe.type("9")
        #expect(!probe.frame.contains("您还在吗"))
        #expect(probe.state.session.idNumber.text == "110105")
        probe.wait(89)
        #expect(probe.screen == .identityNumber)
    }

    @Test func anUntouchedWelcomeScreenNeverTimesOut() {
        var probe = KioskProbe()
        probe.wait(3600)
        #expect(Kiosk.nextWakeUp(probe.state) == nil)
        #expect(!probe.frame.contains("您还在吗"))
    }

    @Test func idleTimingsAreSettings() {
        var probe = KioskProbe(AppState(settings: KioskSettings(idleAfter: 10, countdown: 3), catalog: TestCatalog.shared,
                                        isDemoStore: false, size: Size(columns: 80, rows: 24), now: Fixtures.start))
        probe.press(.character("1"))
        probe.wait(10)
        #expect(probe.frame.contains("3 秒后"))
        probe.wait(3)
        #expect(probe.screen == .welcome)
    }

    @Test func aSmallWindowShowsTheNoticeAndGrowingBackRestoresTheScreen() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105")
        let before = probe.frame
        probe.send(.resize(Size(columns: 60, rows: 20)))
        #expect(probe.frame.contains("窗口太小"))
        probe.type("7")
        #expect(probe.state.session.idNumber.text == "110105", "keys do nothing while the screen cannot be seen")
        probe.send(.resize(Size(columns: 80, rows: 24)))
        #expect(probe.frame == before)
    }

    @Test func f10EndsTheSessionInTheKioskAndNeverQuits() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"))
        #expect(probe.screen == .home)
        probe.press(.function(10))
        #expect(probe.screen == .welcome)
        #expect(probe.state.session == ResidentSession())
        #expect(!probe.effects.contains(.quit))
        #expect(probe.effects.contains(.sessionEnded(.endKey)))
    }

    @Test func ctrlLAsksForAFullRedraw() {
        var probe = KioskProbe()
        probe.press(.control("l"))
        #expect(probe.effects == [.redrawAll])
    }

    @Test func helpOpensOverAnyScreenAndClosesWithEsc() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("1101")
        probe.press(.function(1))
        #expect(probe.frame.contains("请输入您本人证件上的 18 位号码"))
        probe.type("9")
        #expect(probe.state.session.idNumber.text == "1101")
        probe.press(.escape)
        #expect(probe.state.helpScroll == nil)
        #expect(probe.screen == .identityNumber)
    }

    @Test func theGuidePageScrolls() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        probe.press(.character("1"), .character("4"))
        #expect(probe.screen == .guide)
        #expect(probe.frame.contains("亲情账户"))
        probe.press(.pageDown)
        #expect(probe.state.guideScroll > 0)
        probe.press(.escape)
        #expect(probe.screen == .home)
    }
}
