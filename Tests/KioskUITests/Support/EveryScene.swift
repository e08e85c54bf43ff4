/// Every scene the golden tests draw, from the welcome screen to the last receipt: the kiosk's
/// screens as a person reaches them, for the tests that must hold on each one.
enum EveryScene {
    static let all: [ScreenGoldenTests.Scene] =
        ScreenGoldenTests.scenes + FollowUpGoldenTests.scenes + GuardianGoldenTests.scenes + TrackingGoldenTests.scenes
}
