import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

@Suite("Identity check, through update")
struct IdentityFlowTests {
    @Test func welcomeToPINWithThePINPadAlone() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        #expect(probe.screen == .identityNumber)
        probe.type("11010519491231002")
        probe.press(.character("*"))  // the PIN pad's way to type X
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
        probe.press(.enter)
        #expect(probe.screen == .identityPIN)
        probe.type("12345")
        probe.press(.backspace)
        probe.type("56")
        probe.press(.enter)
        #expect(probe.screen == .verifying)
        #expect(probe.effects.contains(.signIn(try! ResidentID.parse("11010519491231002X", today: Fixtures.today), pin: "123456")))
        #expect(probe.state.session.pin.isEmpty, "the PIN is not kept once it is sent")
    }

    @Test func lowerCaseXAndFullWidthDigitsAreOrdinaryInput() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("１１０１０５１９４９１２３１００２x")
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
        probe.press(.enter)
        #expect(probe.screen == .identityPIN)
    }

    @Test func aProblemIsShownAsSoonAsItIsCertain() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("1101")
        #expect(!probe.frame.contains("不能出现在证件号码中"))
        probe.type("a")
        #expect(probe.frame.contains("第 5 位的“a”不能出现在证件号码中"))
        probe.press(.backspace)
        #expect(!probe.frame.contains("第 5 位"))
    }

    @Test func enterOnAShortNumberSaysWhatIsMissingAndKeepsTheText() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("1101051949")
        probe.press(.enter)
        #expect(probe.screen == .identityNumber)
        #expect(probe.frame.contains("号码只有 10 位，应为 18 位"))
        #expect(probe.state.session.idNumber.text == "1101051949")
    }

    @Test func aWrongCheckCharacterIsCaught() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105194912310021")
        #expect(probe.frame.contains("号码校验不通过"))
        probe.press(.enter)
        #expect(probe.screen == .identityNumber)
    }

    @Test func editingMovesByGraphemeOverMixedText() {
        var field = TextField("王a", capacity: 10)
        field.insert("阿")
        #expect(field.text == "王a阿")
        #expect(field.cursorColumn == 5)
        field.moveLeft()
        #expect(field.cursorColumn == 3)
        field.insert("·")
        #expect(field.text == "王a·阿")
        field.moveToStart()
        field.deleteForward()
        #expect(field.text == "a·阿")
        field.moveToEnd()
        field.deleteBackward()
        #expect(field.text == "a·")
        field.insert("e\u{301}")
        #expect(field.graphemes.count == 3)
        #expect(field.text == "a·é")
        field.deleteBackward()
        #expect(field.text == "a·")
    }

    @Test func aFullFieldRefusesMore() {
        var field = TextField("", capacity: 2)
        let accepted = [field.insert("1"), field.insert("2"), field.insert("3")]
        #expect(accepted == [true, true, false])
        #expect(field.text == "12")
    }

    @Test func escGoesBackAndKeepsWhatWasTyped() {
        var probe = KioskProbe()
        probe.reachPIN()
        probe.type("12")
        probe.press(.escape)
        #expect(probe.screen == .identityNumber)
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
        #expect(probe.state.session.pin.isEmpty, "a PIN never outlives its screen")
        probe.press(.escape)
        #expect(probe.screen == .welcome)
        probe.press(.character("1"))
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
    }

    @Test func f2SwitchesLanguageOnAnyScreenWithoutLosingText() {
        var probe = KioskProbe()
        probe.press(.character("1"))
        probe.type("110105")
        probe.press(.function(2))
        #expect(probe.state.language == .english)
        #expect(probe.frame.contains("Please enter your ID number"))
        #expect(probe.state.session.idNumber.text == "110105")
        probe.type("19491231002X")
        probe.press(.function(2))
        #expect(probe.frame.contains("请输入您的证件号码"))
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
    }

    @Test func aRefusalIsHeldBackForTheSameDelayWhateverTheReason() {
        for remaining in [2, 0] {
            var probe = KioskProbe()
            probe.press(.character("1"))
            probe.type("11010519491231002X")
            probe.press(.enter)
            probe.type("000000")
            probe.press(.enter)
            let outcome: SignInOutcome<InsuredPerson> = remaining > 0 ? .refused(remainingTries: remaining)
                : .locked(until: Fixtures.start.addingTimeInterval(1800))
            probe.send(.signInAnswered(outcome))
            #expect(probe.screen == .verifying)
            probe.wait(1.9)
            #expect(probe.screen == .verifying)
            probe.wait(0.1)
            #expect(probe.screen == (remaining > 0 ? .identityPIN : .signInLocked))
        }
    }

    @Test func aRefusalSaysHowManyTriesAreLeft() {
        var probe = KioskProbe()
        probe.sendPIN()
        probe.send(.signInAnswered(.refused(remainingTries: 2)))
        probe.wait(2)
        #expect(probe.frame.contains("证件号码或密码不正确，还可以再试 2 次"))
    }

    @Test func theLockScreenSaysUntilWhenInLocalTime() {
        var probe = KioskProbe()
        probe.sendPIN()
        probe.send(.signInAnswered(.locked(until: Fixtures.start.addingTimeInterval(1800))))
        probe.wait(2)
        #expect(probe.frame.contains("09:30"))
        probe.press(.enter)
        #expect(probe.screen == .welcome)
        #expect(probe.effects.contains(.sessionEnded(.locked)))
    }

    @Test func notThisPersonEndsTheSessionAndForgetsEverything() {
        var probe = KioskProbe()
        probe.signIn(as: Fixtures.person())
        #expect(probe.screen == .confirmIdentity)
        #expect(probe.frame.contains("王*国"))
        probe.press(.character("2"))
        #expect(probe.screen == .welcome)
        #expect(probe.state.session == ResidentSession())
    }

    @Test func aServiceFailureKeepsTheIDAndSaysSo() {
        var probe = KioskProbe()
        probe.sendPIN("123456")
        probe.send(.serviceFailed)
        #expect(probe.screen == .identityPIN)
        #expect(probe.frame.contains("系统暂时无法完成核验"))
        #expect(probe.state.session.idNumber.text == "11010519491231002X")
    }

    @Test func aCardReaderFeedsTheSameFlow() {
        var probe = KioskProbe()
        probe.send(.identityRead("11010519491231002x"))
        #expect(probe.screen == .identityPIN)
    }
}
