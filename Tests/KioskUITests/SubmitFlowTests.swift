import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// The summary, submission and receipt, through `update`: what the submit effect carries, the
/// store's answer, a failure that keeps everything, the ways back into earlier steps, the PIN
/// pad alone, F2.
@Suite("Summary and submission")
struct SubmitFlowTests {
    func summary() -> KioskProbe {
        var probe = KioskProbe()
        ScreenGoldenTests.summary(&probe)
        return probe
    }

    @Test func afterTheLastProofComesTheSummary() {
        let probe = summary()
        #expect(probe.screen == .applicationSummary)
        #expect(probe.frame.contains("李*英，配偶：可以添加"))
        #expect(probe.frame.contains("承诺书已签署"))
    }

    @Test func submitAsksTheStoreOnceWithEverythingChosen() throws {
        var probe = summary()
        probe.effects = []
        probe.press(.character("1"))
        guard case .submitApplication(let submission)? = probe.effects.last else {
            Issue.record("no submission: \(probe.effects)")
            return
        }
        #expect(submission.sharer == Fixtures.person().id)
        #expect(submission.members.map(\.details.id) == [Fixtures.spouse.id, Fixtures.youngChild.id])
        #expect(submission.members.map(\.details.mobile) == [MobileNumber("13800138002"), MobileNumber("13800138002")], "where invitations go")
        #expect(submission.members[0].proofs.map(\.kind) == [.marriageCertificate])
        #expect(submission.members[0].quota == Money(yuanText: "5000"))
        guard case .onScreen(let signature) = submission.letter else {
            Issue.record("a kiosk's letter is signed on screen: \(submission.letter)")
            return
        }
        #expect(signature.version == "2026.1")
        #expect(submission.takenInBy == nil, "a kiosk takes nothing in for a clerk")
        probe.effects = []
        probe.press(.character("1"), .enter)
        #expect(probe.effects.isEmpty, "a submission in flight is not sent twice")
    }

    @Test func theAnswerShowsTheReceiptAndClearsTheDraft() {
        var probe = summary()
        probe.press(.character("1"))
        probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        #expect(probe.screen == .applicationReceipt)
        #expect(probe.frame.contains("DEM001 - 000001 - "))
        #expect(probe.state.session.draft.members.isEmpty)
        #expect(probe.state.session.letter == LetterDraft())
        #expect(probe.state.session.proofs == ProofDraft())
        probe.press(.function(2))
        #expect(probe.frame.contains("Application submitted"))
        probe.press(.enter)
        #expect(probe.screen == .home)
        #expect(probe.state.session.submission == SubmissionDraft())
    }

    @Test func aStoreFailureKeepsEverythingAndMayBeTriedAgain() {
        var probe = summary()
        let before = probe.state.session.draft
        probe.press(.character("1"))
        probe.send(.serviceFailed)
        #expect(probe.screen == .applicationSummary)
        #expect(probe.state.session.draft == before)
        #expect(probe.frame.contains("系统暂时无法提交"))
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.count == 1)
    }

    @Test func aMemberNoLongerAllowedStopsTheSubmission() {
        var probe = summary()
        probe.state.session.draft.existing = ExistingMembers(pending: [Fixtures.spouse.id])
        probe.effects = []
        probe.press(.character("1"))
        #expect(probe.effects.isEmpty)
        #expect(probe.frame.contains("李*英 现在不能加入"))
    }

    @Test func changingAStepKeepsWhatWasChosen() {
        var probe = summary()
        let payment = probe.state.session.payment.choices
        probe.press(.character("3"))
        #expect(probe.screen == .paymentUses)
        #expect(probe.state.session.payment.choices == payment)
        var back = summary()
        back.press(.character("2"))
        #expect(back.screen == .memberList)
        #expect(back.state.session.draft.members.count == 2)
        var esc = summary()
        esc.press(.escape)
        #expect(esc.screen == .proofSet)
        #expect(esc.frame.contains("王*明"))
        esc.press(.character("2"), .enter)
        #expect(esc.screen == .applicationSummary)
    }

    @Test func theLongPageTurnsWithPgDnAndTheMenu() {
        var probe = summary()
        probe.press(.function(2))
        #expect(probe.frame.contains("Lines 1-8"))
        probe.press(.pageDown)
        #expect(!probe.frame.contains("Lines 1-8"))
        probe.press(.character("5"))
        #expect(probe.frame.contains("Lines 1-8"))
    }

    @Test func aTapOnSubmitAndOnTheReceiptsItemWorksLikeTheirDigits() throws {
        var probe = summary()
        let submit = try #require(probe.position(of: "提交申请"))
        probe.effects = []
        probe.tap(submit.row, submit.column)
        #expect(probe.effects.count == 1)
        probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        let done = try #require(probe.position(of: "返回首页"))
        probe.tap(done.row, done.column)
        #expect(probe.screen == .home)
    }

    @Test func walkingAwayFromTheReceiptLeavesNothingForTheNextPerson() {
        var probe = summary()
        probe.press(.character("1"))
        probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        probe.press(.function(10))
        #expect(probe.screen == .welcome)
        #expect(probe.state.session == ResidentSession())
    }
}
