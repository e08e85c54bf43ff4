import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// The screens after submission, as text in both languages at 80×24: reviewed in the diff.
@Suite("Follow-up screens (golden text)")
struct FollowUpGoldenTests {
    typealias Scene = ScreenGoldenTests.Scene

    static let scenes: [Scene] = [
        Scene("home-invitation-waiting") { probe in
            probe.reachHome(as: Fixtures.spouse, invitations: [FollowUpFixtures.spouseInvitation])
        },
        Scene("home-sharer-invitation-waiting") { probe in
            probe.reachHome(as: Fixtures.person(), invitations: [FollowUpFixtures.ownInvitation])
        },
        Scene("invitation-list") { probe in
            probe.reachHome(as: Fixtures.person(), invitations: [FollowUpFixtures.spouseInvitation, FollowUpFixtures.ownInvitation])
            probe.press(.character("1"))
        },
        Scene("invitation") { probe in probe.openSpouseInvitation() },
        Scene("invitation-own") { probe in
            probe.reachHome(as: Fixtures.person(), invitations: [FollowUpFixtures.ownInvitation])
            probe.press(.character("1"))
            probe.press(.character("1"))
        },
        Scene("invitation-expired") { probe in
            probe.openSpouseInvitation(FollowUpFixtures.expiredInvitation)
        },
        Scene("invitation-decline") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("2"))
        },
        Scene("invitation-result-sending") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
        },
        Scene("invitation-result-confirmed") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
            probe.send(.invitationAnswered(.confirmed(othersAwaited: false)))
            probe.send(.invitationsLoaded([]))
        },
        Scene("invitation-result-others-awaited") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
            probe.send(.invitationAnswered(.confirmed(othersAwaited: true)))
            probe.send(.invitationsLoaded([]))
        },
        Scene("invitation-result-declined") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("2"))
            probe.press(.character("1"))
            probe.send(.invitationAnswered(.declined))
            probe.send(.invitationsLoaded([]))
        },
        Scene("invitation-result-expired") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
            probe.send(.invitationAnswered(.expired))
        },
        Scene("invitation-result-no-longer-open") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
            probe.send(.invitationAnswered(.noLongerOpen))
        },
        Scene("invitation-result-failed") { probe in
            probe.openSpouseInvitation()
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("help-invitations") { probe in
            probe.openSpouseInvitation()
            probe.press(.function(1))
        },
    ]

    @Test("Each follow-up screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each follow-up screen in English", arguments: scenes)
    func english(scene: Scene) { scene.check(in: .english) }
}
