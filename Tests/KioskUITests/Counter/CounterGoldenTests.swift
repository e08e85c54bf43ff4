import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Every console screen as text, in both languages, at 80×24.
@Suite("Counter console screens (golden text)")
struct CounterGoldenTests {
    struct Scene: CustomStringConvertible, Sendable {
        let name: String
        let drive: @Sendable (inout CounterProbe) -> Void

        init(_ name: String, _ drive: @escaping @Sendable (inout CounterProbe) -> Void) {
            self.name = name
            self.drive = drive
        }

        var description: String { name }

        func check(in language: Language, sourceLocation: SourceLocation = #_sourceLocation) {
            var probe = CounterProbe(settings: CounterSettings(lockAfter: 60), language: language)
            drive(&probe)
            #expect(!probe.frame.text.contains("⟦"), "a text is missing from the catalog", sourceLocation: sourceLocation)
            Golden.check(probe.frame, named: "counter-\(name).\(language.rawValue)", sourceLocation: sourceLocation)
        }
    }

    static let scenes: [Scene] = [
        Scene("login-empty") { _ in },
        Scene("login-wrong-password") { probe in
            probe.typeLogin()
            probe.send(.operatorAnswered(.wrongPassword(remainingTries: 4)))
        },
        Scene("login-operator-locked") { probe in
            probe.typeLogin()
            probe.send(.operatorAnswered(.locked))
        },
        Scene("home-reviewer") { probe in probe.signIn() },
        Scene("lock") { probe in
            probe.openApplication()
            probe.wait(60)
        },
        Scene("queue") { probe in probe.openQueue() },
        Scene("application") { probe in probe.openApplication() },
        Scene("decision") { probe in
            probe.openApplication()
            probe.press(.character("2"))
        },
        Scene("approve-quota") { probe in
            probe.openApplication()
            probe.press(.character("2"), .character("1"))
        },
        Scene("confirm-approve") { probe in
            probe.openApplication()
            probe.press(.character("2"), .character("1"), .enter)
        },
        Scene("reject") { probe in
            probe.openApplication()
            probe.press(.character("1"), .character("2"))
            for _ in 0..<7 { probe.press(.down) }
            probe.press(.tab)
            probe.type("户口簿复印件不清楚")
        },
        Scene("confirm-reject") { probe in
            probe.openApplication()
            probe.press(.character("1"), .character("2"))
            for _ in 0..<7 { probe.press(.down) }
            probe.type("户口簿复印件不清楚")
            probe.press(.enter)
        },
        Scene("result-approved") { probe in
            probe.openApplication()
            probe.press(.character("2"), .character("1"), .enter, .character("1"))
            probe.send(.decided(.approved(relationshipStage: .active, start: Fixtures.today)))
        },
        Scene("result-rejected") { probe in
            probe.openApplication()
            probe.press(.character("1"), .character("2"))
            for _ in 0..<7 { probe.press(.down) }
            probe.type("户口簿复印件不清楚")
            probe.press(.enter, .character("1"))
            probe.send(.decided(.rejected(.proofMissing)))
        },
        Scene("result-not-under-review") { probe in
            probe.openApplication()
            probe.press(.character("1"), .character("2"))
            probe.type("x")
            probe.press(.enter, .character("1"))
            probe.send(.decided(.notUnderReview(.cancelled)))
        },
        Scene("result-own-intake") { probe in
            probe.openApplication()
            probe.press(.character("2"), .character("1"), .enter, .character("1"))
            probe.send(.decided(.ownIntake))
        },
        Scene("application-flagged") { probe in probe.openApplication(CounterFixtures.flaggedApplication) },
        Scene("decision-flagged") { probe in
            probe.openApplication(CounterFixtures.flaggedApplication)
            probe.press(.character("1"))
        },
        Scene("resolve-flag") { probe in
            probe.openApplication(CounterFixtures.flaggedApplication)
            probe.press(.character("1"), .character("1"))
            probe.type("已电话联系共济人，另一共济关系已由中心解除")
        },
        Scene("resolve-flag-note-missing") { probe in
            probe.openApplication(CounterFixtures.flaggedApplication)
            probe.press(.character("1"), .character("1"), .enter)
        },
        Scene("confirm-resolve-flag") { probe in probe.confirmClosingTheFlag() },
        Scene("result-flag-resolved") { probe in
            probe.confirmClosingTheFlag()
            probe.press(.character("1"))
            probe.send(.decided(.flagResolved))
        },
        Scene("result-not-flagged") { probe in
            probe.confirmClosingTheFlag()
            probe.press(.character("1"))
            probe.send(.decided(.notFlagged))
        },
    ]

    /// Serving a resident at the counter: the resident's flows as the clerk drives them.
    static let intakeScenes: [Scene] = [
        Scene("home-clerk") { probe in probe.signIn(as: CounterProbe.clerk) },
        Scene("intake-id-number") { probe in probe.startServing() },
        Scene("intake-originals") { probe in
            probe.startServing()
            probe.type(Fixtures.sharerID.number)
            probe.press(.enter)
            probe.type("王建国")
        },
        Scene("intake-originals-ticked") { probe in
            probe.startServing()
            probe.type(Fixtures.sharerID.number)
            probe.press(.enter)
            probe.type("王建国")
            probe.press(.character("1"))
        },
        Scene("intake-name-mismatch") { probe in
            probe.checkOriginals(name: "王建")
            probe.send(.kiosk(.inPersonAnswered(.nameMismatch)))
        },
        Scene("intake-not-in-registry") { probe in
            probe.checkOriginals()
            probe.send(.kiosk(.inPersonAnswered(.notInRegistry)))
        },
        Scene("intake-home") { probe in
            probe.checkOriginals()
            probe.send(.kiosk(.inPersonAnswered(.verified(Fixtures.person()))))
        },
        Scene("intake-member-name") { probe in
            probe.openMembersInPerson()
            probe.press(.character("1"))
            probe.type(Fixtures.spouse.id.number)
            probe.press(.enter)
            probe.send(.kiosk(.memberLookedUp(Fixtures.spouse.id, Fixtures.spouse)))
            probe.type("李秀英")
        },
        Scene("intake-member-mismatch") { probe in
            probe.openMembersInPerson()
            probe.addMemberInPerson(Fixtures.spouse, typedName: "李秀", relation: "1")
        },
        Scene("intake-paper-forms") { probe in probe.reachPaperForms() },
        Scene("intake-paper-forms-missing") { probe in
            probe.reachPaperForms()
            probe.type(CounterProbe.applicationForm)
            probe.press(.tab, .tab, .tab)
            probe.press(.enter)
        },
        Scene("intake-proof-number") { probe in
            probe.reachPaperForms()
            probe.type(CounterProbe.applicationForm)
            probe.press(.enter)
            probe.type(CounterProbe.letterForm)
            probe.press(.enter, .enter, .enter, .character("1"))
        },
        Scene("intake-summary") { probe in probe.reachCounterSummary() },
        Scene("find") { probe in
            probe.signIn(as: CounterProbe.clerk)
            probe.press(.character("2"))
            probe.type("DEM001-0000")
        },
        Scene("find-bad-number") { probe in
            probe.signIn(as: CounterProbe.clerk)
            probe.press(.character("2"))
            probe.type("DEM001-000001-9")
            probe.press(.enter)
        },
        Scene("find-not-found") { probe in
            probe.signIn(as: CounterProbe.clerk)
            probe.press(.character("2"))
            probe.type(CounterFixtures.other.text)
            probe.press(.enter)
            probe.send(.applicationFound(nil))
        },
        Scene("find-people") { probe in
            probe.signIn(as: CounterProbe.clerk)
            probe.press(.character("2"))
            probe.type(CounterFixtures.number.text)
            probe.press(.enter)
            probe.send(.applicationFound(CounterIntakeTests.found))
        },
    ]

    @Test("Each intake screen in Chinese", arguments: intakeScenes)
    func intakeChinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each intake screen in English", arguments: intakeScenes)
    func intakeEnglish(scene: Scene) { scene.check(in: .english) }

    @Test("Each console screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each console screen in English", arguments: scenes)
    func english(scene: Scene) { scene.check(in: .english) }
}
