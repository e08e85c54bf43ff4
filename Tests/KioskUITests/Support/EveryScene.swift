/// Every scene the golden tests draw, from the welcome screen to the last receipt, and the two
/// screens no golden draws (a member's dates and order among sharers): the kiosk's screens as a
/// person reaches them, for the tests that must hold on each one.
enum EveryScene {
    typealias Scene = ScreenGoldenTests.Scene

    static let all: [Scene] =
        ScreenGoldenTests.scenes + FollowUpGoldenTests.scenes + GuardianGoldenTests.scenes + TrackingGoldenTests.scenes
        + [
            Scene("payment-period", settings: ScreenGoldenTests.jiangsu, ScreenGoldenTests.spouseDates),
            Scene("payment-rank") { probe in
                ScreenGoldenTests.twoMembers(&probe)
                probe.press(.character("4"))
                probe.send(.memberSharersLoaded(Fixtures.spouse.id, count: 1))
                probe.send(.memberSharersLoaded(Fixtures.youngChild.id, count: 0))
                probe.press(.character("5"))
                probe.type("2000")
                probe.press(.enter)
            },
        ]
}
