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
    ]

    @Test("Each console screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each console screen in English", arguments: scenes)
    func english(scene: Scene) { scene.check(in: .english) }
}
