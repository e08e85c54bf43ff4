import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// A store that is full or read-only is said over the screen in both languages; any key goes back
/// to the screen beneath with what was typed, and F10 still ends the session.
@Suite("A store that cannot save, on screen")
struct StoreNoticeTests {
    /// The PIN sent, and the store answers that it could not save the sign-in.
    private func refusedSignIn(_ notice: StoreNotice) -> KioskProbe {
        var probe = KioskProbe()
        probe.sendPIN("123456", for: Fixtures.sharerID.number)
        probe.send(.storeCannotSave(notice))
        return probe
    }

    @Test(arguments: [
        (StoreNotice.full, "存储空间已满"),
        (.readOnly, "只能查看"),
    ])
    func theNoticeSaysWhyAndThatSubmittedApplicationsAreSafe(notice: StoreNotice, why: String) {
        let probe = refusedSignIn(notice)
        let screen = probe.frame.text
        #expect(screen.contains("本机暂时无法保存"), "\(screen)")
        #expect(screen.contains(why), "\(screen)")
        #expect(screen.contains("不受影响"), "\(screen)")
        #expect(screen.contains("按任意键返回"), "\(screen)")
    }

    @Test func theNoticeIsInEnglishToo() {
        var probe = refusedSignIn(.full)
        probe.press(.function(2))
        let screen = probe.frame.text
        #expect(probe.state.storeNotice == .full, "switching the language keeps the notice")
        #expect(screen.contains("This kiosk cannot save right now"), "\(screen)")
        #expect(screen.contains("storage is full"), "\(screen)")
    }

    @Test func anyKeyGoesBackToTheScreenWithWhatWasTyped() {
        var probe = refusedSignIn(.readOnly)
        #expect(probe.state.session.pendingSignIn == nil, "nothing waits for the store any more")
        probe.press(.character("5"))
        #expect(probe.state.storeNotice == nil)
        #expect(probe.screen == .identityPIN)
        #expect(!probe.frame.text.contains("本机暂时无法保存"))
        #expect(probe.state.session.pinNotice == .serviceUnavailable, "the screen says in place that it could not be done")
    }

    @Test func aTapGoesBackToo() {
        var probe = refusedSignIn(.full)
        probe.tap(0, 0)
        #expect(probe.state.storeNotice == nil)
        #expect(probe.screen == .identityPIN)
    }

    @Test func f10EndsTheSessionAndTheNotice() {
        var probe = refusedSignIn(.full)
        probe.press(.function(10))
        #expect(probe.state.storeNotice == nil)
        #expect(probe.screen == .welcome)
    }

    @Test func everyRowOfTheNoticeIsAsWideAsTheScreen() {
        for size in [Size(columns: 80, rows: 24), Size(columns: 120, rows: 40)] {
            var probe = KioskProbe(Fixtures.state(size: size))
            probe.sendPIN("123456", for: Fixtures.sharerID.number)
            probe.send(.storeCannotSave(.readOnly))
            for row in 0..<size.rows {
                #expect(probe.frame.line(row).displayWidth <= size.columns)
            }
            #expect(probe.frame.text.contains("本机暂时无法保存"))
        }
    }
}
