import FamilyAid
import Testing
@testable import KioskUI

/// The home menu's verdict follows the region's policy: what part of the account is shared and
/// what is kept back.
@Suite("Home verdict under each policy")
struct HomeVerdictTests {
    static let rows: [(profile: PolicyProfile, balanceFen: Int64, says: String)] = [
        (.kioskDefault, 1_234_567, "目前可共济的余额为 12,345.67 元"),
        (.hunanLike, 1_234_567, "目前可共济的余额为 11,345.67 元"),
        (.shanghaiLike, 1_234_567, "目前可共济的余额为 10,000.00 元"),
        (.kioskDefault, 80_000, "目前可共济的余额为 800.00 元"),
        (.hunanLike, 80_000, "没有可以共济的余额"),
    ]

    @Test("the shareable balance shown", arguments: rows)
    func shareableBalance(profile: PolicyProfile, balanceFen: Int64, says: String) {
        var probe = KioskProbe(Fixtures.state(settings: KioskSettings(policy: profile)))
        probe.signIn(as: Fixtures.person(balanceFen: balanceFen))
        probe.press(.character("1"))
        #expect(probe.screen == .home)
        #expect(probe.frame.contains(says), "\(probe.frame.text)")
    }
}
