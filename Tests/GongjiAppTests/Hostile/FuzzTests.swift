import FamilyAid
import Foundation
@testable import GongjiApp
import KioskUI
import Testing

/// Random keys, taps, pastes, resizes and time through the kiosk's and the console's update and
/// view, with a fixed seed so a failure replays: no crash, and every frame keeps its invariants.
/// (CI also runs a million events on the release build: `gongji fuzz`.)
@Suite("Fuzzing the kiosk and the console")
struct FuzzTests {
    static let screens = ScreensDirectory(url: ScreensDirectory.sourceCheckout)

    @Test("50,000 random events through the kiosk: every frame keeps its invariants")
    func kiosk() throws {
        var fuzz = try KioskFuzz(
            seed: 8, catalog: try Self.screens.loadCatalog(), letter: try Self.screens.loadCommitmentLetter(),
            calendar: try Self.screens.loadWorkingDayCalendar())
        let report = fuzz.run(events: 50_000)
        #expect(report.events == 50_000)
        #expect(report.problems.isEmpty, "\(report)")
        // A run that never got past sign-in would prove little: it must reach the screens behind it.
        for screen in ["home", "memberList", "memberVerdict", "sharingList", "spending"] {
            #expect(report.screens.contains(screen), "never reached \(screen): \(report.screens.sorted())")
        }
        #expect(report.screens.count >= 18, "\(report.screens.sorted())")
    }

    @Test("2,000 random events through the counter console: every frame keeps its invariants")
    func counter() throws {
        var fuzz = try CounterFuzz(seed: 8, catalog: try Self.screens.loadCatalog(), calendar: try Self.screens.loadWorkingDayCalendar())
        let report = fuzz.run(events: 2_000)
        #expect(report.problems.isEmpty, "\(report)")
        for screen in ["login", "home", "queue", "application", "locked"] {
            #expect(report.screens.contains(screen), "never reached \(screen): \(report.screens.sorted())")
        }
    }
}
