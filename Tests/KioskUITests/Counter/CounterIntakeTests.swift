import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Serving a resident at the counter, through `update`: the resident's own flows driven by the
/// clerk, with the originals in place of the PIN, names typed from the documents, the paper
/// forms recorded, the proofs sighted, and the clerk named on what is submitted.
@Suite("Counter intake")
struct CounterIntakeTests {
    @Test func aClerkServesResidentsAndAReviewerDoesNot() {
        var clerk = CounterProbe()
        clerk.signIn(as: CounterProbe.clerk)
        #expect(clerk.text.contains("为居民办理"))
        #expect(!clerk.text.contains("审核队列"))
        clerk.press(.character("1"))
        #expect(clerk.state.screen == .assisting)
        #expect(clerk.resident?.screen == .identityNumber)
        #expect(clerk.text.contains("柜台代办 · 操作员 demo-clerk"))

        var reviewer = CounterProbe()
        reviewer.signIn()
        #expect(!reviewer.text.contains("为居民办理"))
        reviewer.press(.character("1"))
        #expect(reviewer.state.screen == .queue, "a reviewer's first item is the queue")
    }

    @Test func theOriginalsStandInForThePIN() {
        var probe = CounterProbe()
        probe.startServing()
        probe.type(Fixtures.sharerID.number)
        probe.press(.enter)
        #expect(probe.resident?.screen == .identityInPerson)
        probe.press(.enter)
        #expect(probe.text.contains("请照证件输入姓名"))
        probe.type("王建国")
        probe.press(.enter)
        #expect(probe.text.contains("请先核对证件原件与本人"), "the tick is asked for")
        #expect(probe.effects.allSatisfy { if case .kiosk(.verifyInPerson, _) = $0 { false } else { true } })
        probe.press(.character("1"), .enter)
        #expect(probe.effects.last == .kiosk(.verifyInPerson(Fixtures.sharerID, name: PersonName("王建国")), clerk: "demo-clerk"))
        probe.send(.kiosk(.inPersonAnswered(.verified(Fixtures.person()))))
        #expect(probe.resident?.screen == .home, "the clerk saw the original: no 'is this you?'")
        #expect(probe.resident?.session.person?.id == Fixtures.sharerID)
    }

    @Test func aNameThatDiffersFromTheRegistryIsSaidAndKept() {
        var probe = CounterProbe()
        probe.checkOriginals(name: "王建")
        probe.send(.kiosk(.inPersonAnswered(.nameMismatch)))
        #expect(probe.resident?.screen == .identityInPerson)
        #expect(probe.text.contains("INFO_MISMATCH"))
        #expect(probe.resident?.session.inPerson.name.text == "王建", "the name stays for correcting")
        probe.type("国")
        probe.press(.enter)
        #expect(probe.effects.last == .kiosk(.verifyInPerson(Fixtures.sharerID, name: PersonName("王建国")), clerk: "demo-clerk"), "the tick is kept")
    }

    @Test func digitsAndControlsNeverEnterAName() {
        var probe = CounterProbe()
        probe.startServing()
        probe.type(Fixtures.sharerID.number)
        probe.press(.enter)
        probe.type("阿依古丽·买买提2\u{7}")
        #expect(probe.resident?.session.inPerson.name.text == "阿依古丽·买买提")
        #expect(probe.resident?.session.inPerson.originalChecked == false, "2 is no tick")
    }

    @Test func aMemberNameTypedFromTheDocumentsIsCheckedByTheEngine() {
        var probe = CounterProbe()
        probe.openMembersInPerson()
        probe.addMemberInPerson(Fixtures.spouse, typedName: "李秀", relation: "1")
        #expect(probe.resident?.screen == .memberVerdict)
        #expect(probe.text.contains("姓名与参保库登记的不一致"), "the verdict names the mismatch")
        #expect(probe.text.contains("请对照证件原件核对录入的姓名"), "in the counter's voice")
        #expect(!probe.text.contains("请到人工窗口"), "the resident is at the counter already")
        #expect(probe.resident?.session.draft.members.first?.typedName == PersonName("李秀"))
        let verdict = probe.resident.flatMap(MemberFlow.verdicts)?.first
        #expect(verdict?.violations.map(\.code) == [.infoMismatch])
    }

    @Test func theSameNameAsTheRegistrysMayBeAdded() {
        var probe = CounterProbe()
        probe.openMembersInPerson()
        probe.addMemberInPerson(Fixtures.spouse, typedName: "李 秀英", relation: "1")
        let verdict = probe.resident.flatMap(MemberFlow.verdicts)?.first
        #expect(verdict?.violations == [], "spaces are not a difference")
    }

    @Test func thePaperFormsReplaceTheLetterOnScreen() {
        var probe = CounterProbe()
        probe.reachPaperForms()
        #expect(probe.resident?.screen == .paperForms)
        probe.press(.enter, .enter, .enter, .enter)
        #expect(probe.text.contains("请输入纸质申请表的编号"), "Enter moved through to confirming, which says what is missing")
        #expect(probe.resident?.session.letter.paperDraft.letterSigned == true, "Enter on the tick ticked it")
        probe.press(.tab, .tab)
        probe.type("sq2026－000123")
        #expect(probe.resident?.session.letter.paperDraft.applicationForm.text == "SQ2026-000123", "upper case, half width")
        probe.press(.enter)
        probe.press(.down, .character(" "), .up)
        probe.type(CounterProbe.letterForm + "。")
        #expect(probe.resident?.session.letter.paperDraft.letterForm.text == CounterProbe.letterForm)
        probe.press(.enter, .tab, .enter)
        #expect(probe.text.contains("请确认居民已在纸质承诺书上签字"), "Space unticked it")
        probe.press(.backTab, .enter, .enter)
        #expect(probe.resident?.screen == .proofSet)
        #expect(probe.resident?.session.letter.paper?.letterForm == CounterProbe.letterForm)
    }

    @Test func theSubmissionCarriesThePaperTheClerkAndTheSightedProofs() throws {
        var probe = CounterProbe()
        probe.reachCounterSummary()
        #expect(probe.resident?.screen == .applicationSummary)
        #expect(probe.text.contains("纸质申请表 SQ2026-000123"))
        #expect(probe.text.contains("原件已查验"))
        probe.effects = []
        probe.press(.character("1"))
        guard case .kiosk(.submitApplication(let submission), "demo-clerk")? = probe.effects.last else {
            Issue.record("no submission: \(probe.effects)")
            return
        }
        #expect(submission.takenInBy == "demo-clerk")
        guard case .paper(let forms) = submission.letter else {
            Issue.record("a counter's letter is on paper: \(submission.letter)")
            return
        }
        #expect(forms.applicationForm == CounterProbe.applicationForm)
        #expect(forms.letterForm == CounterProbe.letterForm)
        let proofs = submission.members.flatMap(\.proofs)
        #expect(!proofs.isEmpty && proofs.allSatisfy(\.sighted))
        #expect(submission.members.map(\.details.name) == [PersonName("李秀英"), PersonName("王小明")])
    }

    @Test func aPaperFormTakenInAlreadyGoesBackToTheFormsWithEverythingKept() {
        var probe = CounterProbe()
        probe.reachCounterSummary()
        probe.press(.character("1"))
        probe.send(.kiosk(.paperFormTakenIn(form: CounterProbe.applicationForm, application: "DEM001-000007-3")))
        #expect(probe.resident?.screen == .paperForms)
        #expect(probe.text.contains("DEM001-000007-3"))
        #expect(probe.resident?.session.draft.members.count == 2)
        #expect(probe.resident?.session.letter.paperDraft.letterForm.text == CounterProbe.letterForm)
    }

    @Test func f10EndsServingTheResidentAndTheConsoleStays() {
        var probe = CounterProbe()
        probe.openMembersInPerson()
        probe.press(.function(10))
        #expect(probe.state.screen == .home)
        #expect(probe.resident == nil)
        #expect(!probe.effects.contains(.quit))
        #expect(probe.effects.contains(.kiosk(.sessionEnded(.endKey), clerk: "demo-clerk")))
        #expect(!probe.text.contains("王"), "nothing of the resident is left on screen")
        probe.press(.function(10))
        #expect(probe.effects.last == .quit)
    }

    @Test func theResidentsSessionOutlastsTheClerksPauseBehindTheLock() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 300))
        probe.openMembersInPerson()
        probe.wait(200)
        #expect(probe.resident?.screen == .memberList, "the kiosk's walk-away rule is the console's lock here")
        probe.wait(101)
        #expect(probe.state.isLocked)
        #expect(!probe.text.contains("王*国") && !probe.text.contains("添加"), "the lock hides the resident")
        probe.press(.character("x"))
        #expect(probe.resident?.screen == .memberList, "keys go to the lock, not to the resident's flows")
        probe.type("intake-demo")
        probe.press(.enter)
        probe.send(.operatorAnswered(.signedIn(CounterProbe.clerk)))
        #expect(probe.state.screen == .assisting)
        #expect(probe.resident?.session.person?.id == Fixtures.sharerID)
    }

    @Test func anotherOperatorTakingTheConsoleOverDropsTheResidentAndTheirScans() {
        var probe = CounterProbe(settings: CounterSettings(lockAfter: 60))
        probe.openMembersInPerson()
        probe.state.work.resident?.session.keptScans = ["ab"]
        probe.wait(61)
        probe.press(.backTab)
        for _ in 0..<10 { probe.press(.backspace) }
        probe.typeLogin("demo-supervisor", password: "supervise-demo")
        probe.send(.operatorAnswered(.signedIn(CounterOperator(id: "demo-supervisor", role: .supervisor))))
        #expect(probe.state.screen == .home)
        #expect(probe.state.work.resident == nil)
        #expect(probe.effects.contains(.kiosk(.discardScans(["ab"]), clerk: "demo-clerk")))
    }

    static let found = FoundApplication(
        number: CounterFixtures.number,
        people: [
            FoundPerson(id: Fixtures.sharerID, maskedName: "王*国", role: .sharer),
            FoundPerson(id: Fixtures.spouse.id, maskedName: "李*英", role: .member),
        ])

    @Test func aResidentFoundByAnApplicationNumberIsServedFromTheCheckOfTheirOriginals() {
        var probe = CounterProbe()
        probe.signIn(as: CounterProbe.clerk)
        probe.press(.character("2"))
        #expect(probe.state.screen == .find)
        probe.type("dem001 000001 9")
        probe.press(.enter)
        #expect(probe.text.contains("这不是有效的申请编号"), "a wrong check character is said before the store is asked")
        for _ in 0..<15 { probe.press(.backspace) }
        probe.type("dem001－000001－2")
        probe.press(.enter)
        #expect(probe.effects.last == .findApplication(CounterFixtures.number))
        probe.send(.applicationFound(Self.found))
        #expect(probe.text.contains("2. 李*英（共济成员）"))
        probe.press(.character("2"))
        #expect(probe.state.screen == .assisting)
        #expect(probe.resident?.screen == .identityInPerson)
        #expect(probe.resident?.session.residentID == Fixtures.spouse.id)
        probe.type("李秀英")
        probe.press(.character("1"), .enter)
        #expect(probe.effects.last == .kiosk(.verifyInPerson(Fixtures.spouse.id, name: PersonName("李秀英")), clerk: "demo-clerk"))

        // The member found this way answers her invitation in person, before the clerk.
        probe.send(.kiosk(.inPersonAnswered(.verified(Fixtures.spouse))))
        #expect(probe.effects.contains(.kiosk(.loadInvitations(Fixtures.spouse.id), clerk: "demo-clerk")))
        probe.send(.kiosk(.invitationsLoaded([FollowUpFixtures.spouseInvitation])))
        probe.press(.character("1"), .character("1"), .character("1"))
        #expect(probe.effects.last == .kiosk(
            .answerInvitation(FollowUpFixtures.number, member: 0, party: .member, accept: true), clerk: "demo-clerk"))
    }

    @Test func anUnknownApplicationNumberIsSaidAndBackspaceTypesAnother() {
        var probe = CounterProbe()
        probe.signIn(as: CounterProbe.clerk)
        probe.press(.character("2"))
        probe.type(CounterFixtures.other.text)
        probe.press(.enter)
        probe.send(.applicationFound(nil))
        #expect(probe.text.contains("本柜台没有这个申请编号的申请"))
        probe.press(.enter)
        probe.send(.applicationFound(Self.found))
        probe.press(.backspace)
        #expect(probe.state.work.find.found == nil)
        #expect(probe.state.work.find.number.text == CounterFixtures.other.text, "the number stays for correcting")
        probe.press(.escape)
        #expect(probe.state.screen == .home)
    }
}
