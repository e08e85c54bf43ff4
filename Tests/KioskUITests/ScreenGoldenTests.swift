import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Every screen as text, in both languages, at 80×24: reviewed in the diff like code.
@Suite("Screens (golden text)")
struct ScreenGoldenTests {
    /// A named way to reach a screen, as a person would.
    struct Scene: CustomStringConvertible, Sendable {
        let name: String
        let size: Size
        let drive: @Sendable (inout KioskProbe) -> Void

        init(_ name: String, size: Size = Size(columns: 80, rows: 24), _ drive: @escaping @Sendable (inout KioskProbe) -> Void) {
            self.name = name
            self.size = size
            self.drive = drive
        }

        var description: String { name }
    }

    static func pin(_ probe: inout KioskProbe) {
        probe.reachPIN()
    }

    static func refused(_ probe: inout KioskProbe, _ outcome: SignInOutcome<InsuredPerson>) {
        probe.sendPIN()
        probe.send(.signInAnswered(outcome))
        probe.wait(2)
    }

    static func home(_ person: InsuredPerson) -> @Sendable (inout KioskProbe) -> Void {
        { probe in
            probe.signIn(as: person)
            probe.press(.character("1"))
        }
    }

    static let scenes: [Scene] = [
        Scene("welcome") { _ in },
        Scene("welcome-demo-store") { probe in probe.state.isDemoStore = true },
        Scene("welcome-large", size: Size(columns: 120, rows: 30)) { _ in },
        Scene("identity-number-empty") { probe in probe.press(.character("1")) },
        Scene("identity-number-typing") { probe in
            probe.press(.character("1"))
            probe.type("1101051949")
        },
        Scene("identity-number-invalid-character") { probe in
            probe.press(.character("1"))
            probe.type("11010a")
        },
        Scene("identity-number-too-short") { probe in
            probe.press(.character("1"))
            probe.type("1101051949")
            probe.press(.enter)
        },
        Scene("identity-number-bad-province") { probe in
            probe.press(.character("1"))
            probe.type("99")
        },
        Scene("identity-number-impossible-date") { probe in
            probe.press(.character("1"))
            probe.type("11010519490231")
        },
        Scene("identity-number-wrong-check") { probe in
            probe.press(.character("1"))
            probe.type("110105194912310021")
        },
        Scene("identity-number-valid") { probe in
            probe.press(.character("1"))
            probe.type("11010519491231002X")
        },
        Scene("identity-number-permit") { probe in
            probe.press(.character("1"))
            probe.type(Fixtures.id("81000019880606121").number)
        },
        Scene("identity-pin-empty") { probe in pin(&probe) },
        Scene("identity-pin-typing") { probe in
            pin(&probe)
            probe.type("123")
        },
        Scene("identity-pin-incomplete") { probe in
            pin(&probe)
            probe.type("123")
            probe.press(.enter)
        },
        Scene("verifying") { probe in probe.sendPIN("123456") },
        Scene("signin-refused") { probe in refused(&probe, .refused(remainingTries: 2)) },
        Scene("signin-locked") { probe in refused(&probe, .locked(until: Fixtures.start.addingTimeInterval(1800))) },
        Scene("service-unavailable") { probe in
            probe.sendPIN("123456")
            probe.send(.serviceFailed)
        },
        Scene("confirm-identity") { probe in probe.signIn(as: Fixtures.person()) },
        Scene("home-may-share", home(Fixtures.person())),
        Scene("home-resident-insurance", home(Fixtures.person(name: "陈梅", insurance: .resident, balanceFen: 0))),
        Scene("home-not-insured", home(Fixtures.person(name: "赵桂兰", insurance: .none, balanceFen: 0))),
        Scene("home-suspended", home(Fixtures.person(name: "孙立", status: .suspended, balanceFen: 300_000))),
        Scene("home-frozen", home(Fixtures.person(name: "孙立", status: .frozen, balanceFen: 300_000))),
        Scene("home-nothing-shareable", home(Fixtures.person(name: "周强", balanceFen: 0))),
        Scene("home-dotted-name", home(Fixtures.person(name: "阿依古丽·买买提"))),
        Scene("guide") { probe in
            home(Fixtures.person())(&probe)
            probe.press(.character("1"))
        },
        Scene("help-identity-number") { probe in
            probe.press(.character("1"))
            probe.press(.function(1))
        },
        Scene("idle-countdown") { probe in
            probe.press(.character("1"))
            probe.type("110105")
            probe.wait(93)
        },
        Scene("too-small", size: Size(columns: 60, rows: 20)) { probe in probe.press(.character("1")) },
    ]

    @Test("Each screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) {
        check(scene, language: .chinese)
    }

    @Test("Each screen in English", arguments: scenes)
    func english(scene: Scene) {
        check(scene, language: .english)
    }

    private func check(_ scene: Scene, language: Language) {
        var probe = KioskProbe(Fixtures.state(size: scene.size))
        probe.state.language = language
        scene.drive(&probe)
        #expect(probe.frame.size == scene.size)
        #expect(!probe.frame.text.contains("⟦"), "a text is missing from the catalog")
        Golden.check(probe.frame, named: "\(scene.name).\(language.rawValue)")
    }
}
