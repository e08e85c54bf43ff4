import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Reading and signing the commitment letter, through `update`: signing only after the end,
/// the PIN pad alone, the PIN checked by the store, a wrong PIN, going back, F2, taps, walking
/// away.
@Suite("Commitment letter")
struct LetterFlowTests {
    @Test func theTickOpensOnlyAtTheEnd() {
        var probe = KioskProbe()
        ScreenGoldenTests.letter(&probe)
        #expect(probe.screen == .commitmentLetter)
        probe.press(.character("1"))
        #expect(!probe.state.session.letter.agreed)
        probe.press(.enter)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.letter.readToEnd)
        probe.press(.home)
        #expect(probe.state.session.letter.scroll == 0)
        probe.press(.character("1"))
        #expect(probe.state.session.letter.agreed)
        #expect(probe.frame.contains("[√] 我已阅读并同意"))
        probe.press(.character("1"))
        #expect(!probe.state.session.letter.agreed)
        probe.press(.enter)
        #expect(probe.screen == .commitmentLetter)
    }

    @Test func scrollingKeysMoveAndShowHowFar() {
        var probe = KioskProbe()
        ScreenGoldenTests.letter(&probe)
        #expect(probe.frame.contains("第 1-12 行，共 23 行"))
        probe.press(.down)
        #expect(probe.frame.contains("第 2-13 行"))
        probe.press(.pageDown)
        #expect(probe.state.session.letter.readToEnd)
        probe.press(.pageUp)
        #expect(probe.frame.contains("第 1-12 行"))
        #expect(probe.frame.contains("[ ] 我已阅读并同意"))
    }

    @Test func thePINPadAloneSignsAndTheStoreChecksThePIN() {
        var probe = KioskProbe()
        ScreenGoldenTests.letter(&probe)
        probe.press(.enter, .character("1"), .enter)
        #expect(probe.screen == .commitmentPIN)
        probe.type("12345")
        probe.press(.backspace)
        probe.type("56")
        probe.effects = []
        probe.press(.enter)
        #expect(probe.effects == [.checkSignaturePIN(Fixtures.sharerID, pin: "123456")])
        #expect(probe.frame.contains("正在核对密码"))
        probe.press(.enter)
        #expect(probe.effects.count == 1)
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        #expect(probe.screen == .proofSet)
        let signature = probe.state.session.letter.signature
        #expect(signature?.version == TestLetter.shared.version)
        #expect(signature?.contentSHA256 == "hash-of-zh-Hans")
        #expect(signature?.language == .chinese)
        #expect(signature?.signedAt == Fixtures.start)
    }

    @Test func aWrongPINIsSaidAndKeepsEverything() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        let payment = probe.state.session.payment
        probe.type("654321")
        probe.press(.enter)
        probe.send(.signaturePINAnswered(.refused(remainingTries: 2)))
        #expect(probe.screen == .commitmentPIN)
        #expect(probe.frame.contains("密码不正确，还可以再试 2 次"))
        #expect(probe.state.session.letter.pin.isEmpty)
        #expect(probe.state.session.letter.agreed)
        #expect(probe.state.session.payment == payment)
        #expect(probe.state.session.letter.signature == nil)
        probe.type("1")
        #expect(!probe.frame.contains("密码不正确"))
    }

    @Test func aLockAfterWrongPINsEndsLikeASignIn() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        probe.type("654321")
        probe.press(.enter)
        probe.send(.signaturePINAnswered(.locked(until: Fixtures.start.addingTimeInterval(1800))))
        #expect(probe.screen == .signInLocked)
    }

    @Test func escGoesBackKeepingTheReadingAndTheTick() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        probe.type("12")
        probe.press(.escape)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.letter.agreed)
        #expect(probe.state.session.letter.pin.isEmpty)
        probe.press(.escape)
        #expect(probe.screen == .paymentQuota)
        #expect(probe.frame.contains("给 王*明 的共济额度"))
        probe.press(.enter)
        #expect(probe.screen == .commitmentLetter)
        #expect(probe.state.session.letter.agreed)
    }

    @Test func signingInEnglishRecordsTheEnglishText() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        probe.type("123")
        probe.press(.function(2))
        #expect(probe.frame.contains("Enter your card PIN again"))
        probe.type("456")
        probe.press(.enter)
        #expect(probe.effects.last == .checkSignaturePIN(Fixtures.sharerID, pin: "123456"))
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        #expect(probe.state.session.letter.signature?.contentSHA256 == "hash-of-en")
    }

    @Test func aTapTicksAndTheFooterPagesOn() throws {
        var probe = KioskProbe()
        ScreenGoldenTests.letter(&probe)
        let more = try #require(probe.position(of: "PgDn 下一页"))
        probe.tap(more.row, more.column)
        #expect(probe.state.session.letter.readToEnd)
        let tick = try #require(probe.position(of: "我已阅读并同意"))
        probe.tap(tick.row, tick.column)
        #expect(probe.state.session.letter.agreed)
    }

    @Test func anAnswerAfterTheSessionEndedIsDropped() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        probe.type("123456")
        probe.press(.enter)
        probe.press(.function(10))
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        #expect(probe.screen == .welcome)
        #expect(probe.state.session == ResidentSession())
        #expect(probe.state.letter == TestLetter.shared)
    }

    @Test func withoutALetterNothingCanBeSigned() {
        var probe = KioskProbe()
        probe.state.letter = nil
        ScreenGoldenTests.letter(&probe)
        #expect(probe.frame.contains("本机没有找到承诺书"))
        probe.press(.enter, .character("1"), .enter)
        #expect(probe.screen == .commitmentLetter)
    }

    @Test func aChangedListIsSignedAgain() {
        var probe = KioskProbe()
        ScreenGoldenTests.letterPIN(&probe)
        probe.type("123456")
        probe.press(.enter)
        probe.send(.signaturePINAnswered(.signedIn(Fixtures.person())))
        probe.press(.character("1"), .enter, .character("1"), .enter)
        #expect(probe.frame.contains("承诺书已签署"))
        // Change members, then remove the second.
        probe.press(.character("2"), .character("2"), .character("3"), .character("1"))
        #expect(probe.screen == .memberList)
        #expect(!probe.frame.contains("承诺书已签署"))
        probe.press(.character("3"))
        #expect(probe.state.session.letter == LetterDraft())
    }
}
