import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// The tracking screens as text in both languages at 80×24: reviewed in the diff.
@Suite("Tracking screens (golden text)")
struct TrackingGoldenTests {
    typealias Scene = ScreenGoldenTests.Scene

    static let scenes: [Scene] = [
        Scene("home-applications") { probe in
            probe.signIn(as: Fixtures.person())
            probe.press(.character("1"))
            probe.send(.invitationsLoaded([FollowUpFixtures.ownInvitation]))
            probe.send(.applicationsLoaded([TrackingFixtures.own]))
        },
        Scene("application-list") { probe in
            probe.openApplications(as: Fixtures.spouse, [TrackingFixtures.own, TrackingFixtures.notInsured])
        },
        Scene("application-detail") { probe in
            probe.openApplications()
            probe.press(.character("1"))
        },
        Scene("application-member-active") { probe in probe.openMember(.child) },
        Scene("application-member-rejected") { probe in probe.openMember(.spouse) },
        Scene("application-member-awaiting") { probe in probe.openMember(.parent) },
        Scene("application-member-review") { probe in probe.openMember(.daughter) },
        Scene("application-member-overdue") { probe in
            probe.openMember(.daughter)
            probe.state.now = probe.state.now.addingTimeInterval(7 * 86_400)
            probe.state.lastInputAt = probe.state.now
        },
        Scene("application-member-as-member") { probe in probe.openMember(.spouse, as: Fixtures.spouse) },
        Scene("application-member-resubmittable") { probe in
            probe.openMember(.child, [TrackingFixtures.notInsured])
        },
        Scene("application-member-many-rounds") { probe in
            probe.openMember(.child, [TrackingFixtures.manyRounds])
        },
        Scene("application-cancel") { probe in
            probe.openMember(.parent)
            probe.press(.character("1"))
        },
        Scene("application-member-cancelled") { probe in
            probe.openMember(.parent)
            probe.press(.character("1"))
            probe.press(.character("1"))
            probe.send(.memberActed(.done(.cancel)))
            probe.send(.applicationsLoaded([TrackingFixtures.ownWithParentCancelled]))
        },
        Scene("application-member-not-possible") { probe in
            probe.openMember(.parent)
            probe.press(.character("1"))
            probe.press(.character("1"))
            probe.send(.memberActed(.notPossibleNow))
        },
        Scene("application-member-failed") { probe in
            probe.openMember(.parent)
            probe.press(.character("1"))
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("application-member-counter") { probe in probe.openMember(.child, [TrackingFixtures.mismatch]) },
        Scene("revision-checking") { probe in
            probe.openMember(.spouse)
            probe.press(.character("1"))
        },
        Scene("revision-check-failed") { probe in
            probe.openMember(.spouse)
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("revision-proofs", RevisionFlowTests.spouseProofs),
        Scene("revision-confirm", RevisionFlowTests.spouseConfirm),
        Scene("revision-sending") { probe in
            RevisionFlowTests.spouseConfirm(&probe)
            probe.press(.character("1"))
        },
        Scene("revision-send-failed") { probe in
            RevisionFlowTests.spouseConfirm(&probe)
            probe.press(.character("1"))
            probe.send(.serviceFailed)
        },
        Scene("revision-sent") { probe in
            RevisionFlowTests.spouseConfirm(&probe)
            probe.press(.character("1"))
            probe.send(.memberActed(.done(.revise)))
        },
        Scene("revision-relation", RevisionFlowTests.sonRelation),
        Scene("revision-tie") { probe in
            RevisionFlowTests.sonRelation(&probe)
            probe.press(.character("3"))
        },
        Scene("revision-refused") { probe in
            RevisionFlowTests.sonRelation(&probe)
            probe.press(.character("0"))
            probe.send(.revisionJudged(TrackingFixtures.verdict(Fixtures.youngChild, .other)))
        },
        Scene("help-revision") { probe in
            RevisionFlowTests.sonRelation(&probe)
            probe.press(.function(1))
        },
        Scene("help-tracking") { probe in
            probe.openApplications()
            probe.press(.function(1))
        },
    ]

    @Test("Each tracking screen in Chinese", arguments: scenes)
    func chinese(scene: Scene) { scene.check(in: .chinese) }

    @Test("Each tracking screen in English", arguments: scenes)
    func english(scene: Scene) { scene.check(in: .english) }
}
