import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Naming the guardian of a member under 16, and the guardian's invitation, as text in both
/// languages at 80×24: every screen and every refusal, reviewed in the diff.
@Suite("Guardian screens (golden text)")
struct GuardianGoldenTests {
    typealias Scene = ScreenGoldenTests.Scene

    /// The grandson added, his guardian's number typed (not sent).
    static func typed(_ number: String) -> @Sendable (inout KioskProbe) -> Void {
        { probe in
            probe.addGrandson()
            probe.type(number)
        }
    }

    /// The grandson added, a guardian's number typed and sent.
    static func sent(_ number: String) -> @Sendable (inout KioskProbe) -> Void {
        { probe in
            typed(number)(&probe)
            probe.press(.enter)
        }
    }

    static let scenes: [Scene] = [
        Scene("member-mobile-guardian-step") { probe in
            probe.openMembers(as: GuardianFixtures.grandmother)
            probe.press(.character("1"))
            probe.type(GuardianFixtures.grandson.id.number)
            probe.press(.enter)
            probe.send(.memberLookedUp(GuardianFixtures.grandson.id, GuardianFixtures.grandson))
            probe.press(.character("1"))
            probe.type("71")
        },
        Scene("member-guardian-empty") { probe in probe.addGrandson() },
        Scene("member-guardian-typing", typed("1101051968")),
        Scene("member-guardian-valid", typed(GuardianFixtures.father.id.number)),
        Scene("member-guardian-wrong-check", typed("110105196803150119")),
        Scene("member-guardian-too-short", sent("1101051968")),
        Scene("member-guardian-is-member", sent(GuardianFixtures.grandson.id.number)),
        Scene("member-guardian-is-sharer", sent(GuardianFixtures.grandmother.id.number)),
        Scene("member-guardian-under-age", sent(GuardianFixtures.teenager.number)),
        Scene("member-guardian-looking-up", sent(GuardianFixtures.father.id.number)),
        Scene("member-guardian-lookup-failed") { probe in
            sent(GuardianFixtures.father.id.number)(&probe)
            probe.send(.serviceFailed)
        },
        Scene("member-guardian-not-in-registry") { probe in
            sent(KioskProbe.textbookNumber)(&probe)
            probe.send(.guardianLookedUp(Fixtures.id("11010519491231002"), nil))
        },
        Scene("member-guardian-person") { probe in
            probe.addGrandson()
            probe.nameGuardian()
        },
        Scene("member-verdict-grandson-with-guardian") { probe in probe.addGrandsonWithGuardian() },
        Scene("members-list-guardian") { probe in
            probe.addGrandsonWithGuardian()
            probe.press(.character("1"))
        },
        Scene("summary-guardian") { probe in probe.reachGuardianSummary() },
        Scene("receipt-guardian") { probe in
            probe.reachGuardianSummary()
            probe.press(.character("1"))
            probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        },
        Scene("help-guardian") { probe in
            probe.addGrandson()
            probe.press(.function(1))
        },
        Scene("invitation-list-guardian") { probe in
            probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
            probe.press(.character("1"))
        },
        Scene("invitation-guardian") { probe in
            probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
            probe.press(.character("1"), .character("1"))
        },
        Scene("invitation-decline-guardian") { probe in
            probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
            probe.press(.character("1"), .character("1"), .character("2"))
        },
        Scene("invitation-result-guardian-confirmed") { probe in
            probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
            probe.press(.character("1"), .character("1"), .character("1"))
            probe.send(.invitationAnswered(.confirmed(othersAwaited: false)))
            probe.send(.invitationsLoaded([]))
        },
        Scene("invitation-result-guardian-declined") { probe in
            probe.reachHome(as: GuardianFixtures.father, invitations: [GuardianFixtures.invitation])
            probe.press(.character("1"), .character("1"), .character("2"), .character("1"))
            probe.send(.invitationAnswered(.declined))
            probe.send(.invitationsLoaded([]))
        },
    ]

    @Test("Each guardian screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each guardian screen in English", arguments: scenes)
    func english(scene: Scene) { scene.check(in: .english) }
}
