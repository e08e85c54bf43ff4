import FamilyAid
import Foundation
@testable import KioskUI
import Testing

/// The console's logic through `update`: login, the idle lock, the queue's navigation, a decision.
@Suite("Counter console flows")
struct CounterFlowTests {
    @Test func theLoginSendsTheIDAndPasswordOnceAndForgetsThePassword() {
        var probe = CounterProbe()
        probe.typeLogin("Demo-Reviewer", password: "review-demo")
        #expect(probe.effects == [.authenticate(operatorID: "demo-reviewer", password: "review-demo")])
        #expect(probe.state.login.password.isEmpty)
        #expect(!probe.text.contains("review-demo"))
    }

    @Test func aWrongPasswordSaysTheTriesLeftAndKeepsTheID() {
        var probe = CounterProbe()
        probe.typeLogin()
        probe.send(.operatorAnswered(.wrongPassword(remainingTries: 3)))
        #expect(probe.state.screen == .login)
        #expect(probe.state.login.operatorID.text == "demo-reviewer")
        #expect(probe.text.contains("再输错 3 次"))
    }

    @Test func anEmptyPasswordIsNotSent() {
        var probe = CounterProbe()
        probe.type("demo-reviewer")
        probe.press(.enter, .enter)
        #expect(probe.effects.isEmpty)
        #expect(probe.text.contains("请输入密码"))
    }

    @Test func afterTheIdleTimeTheConsoleLocksAndHidesTheWork() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 60))
        probe.openQueue()
        #expect(Counter.nextWakeUp(probe.state) == probe.now.addingTimeInterval(60))
        probe.wait(59)
        #expect(!probe.state.isLocked)
        probe.wait(1)
        #expect(probe.state.isLocked)
        #expect(probe.effects.last == .locked(operatorID: "demo-reviewer"))
        #expect(!probe.text.contains("李秀英"), "the work is hidden while locked")
        #expect(probe.text.contains("操作台已锁定"))
        #expect(Counter.nextWakeUp(probe.state) == nil)
    }

    @Test func theSameOperatorUnlocksAndFindsTheScreenAsItWas() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 60))
        probe.openQueue()
        probe.press(.down)
        probe.wait(61)
        probe.type("review-demo")
        probe.press(.enter)
        #expect(probe.effects.last == .authenticate(operatorID: "demo-reviewer", password: "review-demo"))
        probe.send(.operatorAnswered(.wrongPassword(remainingTries: 4)))
        #expect(probe.state.isLocked)
        probe.type("review-demo")
        probe.press(.enter)
        probe.send(.operatorAnswered(.signedIn(CounterProbe.reviewer)))
        #expect(!probe.state.isLocked)
        #expect(probe.state.screen == .queue)
        #expect(probe.state.work.queue.selected == 1)
        #expect(probe.text.contains("李秀英"))
    }

    @Test func anotherOperatorMaySignInAtTheLockAndTheFirstOnesWorkIsDiscarded() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 60))
        probe.openApplication()
        probe.press(.character("1"), .character("2"))
        probe.type("缺")
        probe.wait(61)
        probe.press(.backTab)
        for _ in 0..<13 { probe.press(.backspace) }
        probe.type("demo-supervisor")
        probe.press(.enter)
        probe.type("supervise-demo")
        probe.press(.enter)
        #expect(probe.effects.last == .authenticate(operatorID: "demo-supervisor", password: "supervise-demo"))
        probe.send(.operatorAnswered(.signedIn(CounterOperator(id: "demo-supervisor", role: .supervisor))))
        #expect(probe.effects.last == .signedOut(operatorID: "demo-reviewer"), "the first operator's session ends in the journal")
        #expect(probe.state.signedIn?.id == "demo-supervisor")
        #expect(probe.state.screen == .home)
        #expect(probe.state.work.application == nil && probe.state.work.decision == nil && probe.state.work.resident == nil)
        #expect(probe.state.work.queue == QueueView())
    }

    @Test func f10QuitsAndF2SwitchesTheLanguage() {
        var probe = CounterProbe()
        probe.press(.function(2))
        #expect(probe.text.contains("Operator sign-in"))
        probe.press(.function(10))
        #expect(probe.effects == [.quit])
    }

    @Test func f10WithSomeoneSignedInSignsThemOutFirst() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 60))
        probe.openApplication()
        probe.press(.function(10))
        #expect(probe.effects.suffix(2) == [.signedOut(operatorID: "demo-reviewer"), .quit])
    }

    @Test func aFlaggedMemberIsNotDecidedAgainButItsFlagIsClosedWithANote() {
        var probe = CounterProbe()
        probe.openApplication(CounterFixtures.flaggedApplication)
        probe.press(.character("1"))
        #expect(probe.state.screen == .decision)
        #expect(CounterDecisionScreen.options(probe.state) == [.resolveFlag, .back], "an approved member is not decided again")
        probe.press(.character("1"))
        #expect(probe.state.screen == .resolveFlag)
        probe.press(.enter)
        #expect(probe.state.screen == .resolveFlag && probe.state.work.decision?.notice == .noteMissing, "a note is needed")
        probe.type("已电话联系共济人")
        probe.press(.enter)
        #expect(probe.state.screen == .confirm)
        probe.press(.escape)
        #expect(probe.state.screen == .resolveFlag && probe.state.work.decision?.note.text == "已电话联系共济人", "nothing typed is lost")
        probe.press(.enter, .character("1"))
        #expect(probe.effects.last == .decide(
            ReviewDecision(number: CounterFixtures.number, memberIndex: 0, verdict: .resolveFlag(note: "已电话联系共济人")),
            reviewer: "demo-reviewer"))
        probe.send(.decided(.flagResolved))
        #expect(probe.state.screen == .result)
    }

    @Test func aMemberUnderReviewAndFlaggedMayBeDecidedOrHaveItsFlagClosed() {
        var probe = CounterProbe()
        var application = CounterFixtures.application
        application.members[1].flaggedReasons = ["DUPLICATE_MEMBER"]
        probe.openApplication(application)
        probe.press(.character("2"))
        #expect(CounterDecisionScreen.options(probe.state) == [.approve, .reject, .resolveFlag, .back])
        probe.press(.character("4"))
        #expect(probe.state.screen == .application)
    }

    @Test func theQueuePagesForwardAndBackByKeyset() {
        var probe = CounterProbe()
        probe.openQueue()
        guard case .loadQueue(let first) = probe.effects.last else { Issue.record("no queue asked"); return }
        #expect(first.after == nil && first.filter == .all)
        probe.press(.pageDown)
        guard case .loadQueue(let second) = probe.effects.last else { Issue.record("no next page asked"); return }
        #expect(second.after == CounterFixtures.page.entries.last?.key)
        probe.send(.queueLoaded(QueuePage(entries: [CounterFixtures.page.entries[0]], hasMore: false)))
        let asked = probe.effects.count
        probe.press(.pageDown)
        #expect(probe.effects.count == asked, "no page after the last")
        probe.press(.pageUp)
        guard case .loadQueue(let back) = probe.effects.last else { Issue.record("no previous page asked"); return }
        #expect(back.after == nil)
    }

    @Test func theFilterAndTheSearchStartAgainFromTheFirstPage() {
        var probe = CounterProbe()
        probe.openQueue()
        probe.press(.pageDown)
        probe.press(.function(3))
        guard case .loadQueue(let filtered) = probe.effects.last else { Issue.record("no queue asked"); return }
        #expect(filtered.filter == .overdue && filtered.after == nil)
        probe.send(.queueLoaded(CounterFixtures.page))
        probe.press(.tab)
        probe.type("李秀英")
        probe.press(.enter)
        guard case .loadQueue(let searched) = probe.effects.last else { Issue.record("no search asked"); return }
        #expect(searched.search == "李秀英" && searched.after == nil && searched.filter == .overdue)
    }

    @Test func aDigitOpensTheApplicationWhichAsksForItsFilesToBeChecked() {
        var probe = CounterProbe()
        probe.openQueue()
        probe.press(.character("3"))
        #expect(probe.effects.last == .loadApplication(CounterFixtures.number))
        probe.send(.applicationLoaded(CounterFixtures.application))
        #expect(probe.effects.last == .checkProofFiles([[CounterFixtures.sha], []]))
    }

    @Test func approvingWithAChangedQuotaIsConfirmedOnceThenRecorded() {
        var probe = CounterProbe()
        probe.openApplication()
        probe.press(.character("2"), .character("1"))
        #expect(probe.state.screen == .approve)
        for _ in 0..<7 { probe.press(.backspace) }
        probe.type("800")
        probe.press(.enter)
        #expect(probe.state.screen == .confirm)
        probe.press(.enter)
        #expect(probe.state.screen == .decision, "the focus starts on the safe answer")
        probe.press(.character("1"), .enter, .character("1"))
        #expect(probe.effects.last == .decide(
            ReviewDecision(number: CounterFixtures.number, memberIndex: 1, verdict: .approve(quota: .yuan(800))), reviewer: "demo-reviewer"))
        probe.send(.decided(.approved(relationshipStage: .active, start: Fixtures.today)))
        #expect(probe.text.contains("成员 2 王小明：已通过"))
    }

    @Test func aRejectionNeedsANote() {
        var probe = CounterProbe()
        probe.openApplication()
        probe.press(.character("1"), .character("2"))
        for _ in 0..<7 { probe.press(.down) }
        probe.press(.enter)
        #expect(probe.state.screen == .reject)
        #expect(probe.text.contains("请填写说明"))
        probe.type("户口簿不清楚")
        probe.press(.enter, .character("1"))
        #expect(probe.effects.last == .decide(
            ReviewDecision(number: CounterFixtures.number, memberIndex: 0, verdict: .reject(.proofMissing, note: "户口簿不清楚")),
            reviewer: "demo-reviewer"))
    }
}
