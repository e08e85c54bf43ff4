import FamilyAid
import Foundation

/// `gongji fuzz`: the kiosk's and the console's fuzz runs with the program's own texts, as CI
/// runs them on the release build, under one time limit.
public enum FuzzRunner {
    /// The kiosk gets this share of the events and of the time; the console, with fewer screens,
    /// the rest.
    static let kioskShare = 0.8

    public static func run(
        events: Int, seconds: TimeInterval, seed: UInt64,
        screensPath: String?, environment: [String: String], executablePath: String
    ) throws -> [FuzzReport] {
        let screens = try ScreensDirectory.locate(explicit: screensPath, environment: environment, executablePath: executablePath)
        let catalog = try screens.loadCatalog()
        let calendar = try screens.loadWorkingDayCalendar()
        let letter = try screens.loadCommitmentLetter()
        let kioskEvents = Int(Double(events) * kioskShare)
        let began = Date()
        var kiosk = try KioskFuzz(seed: seed, catalog: catalog, letter: letter, calendar: calendar)
        let kioskReport = kiosk.run(events: kioskEvents, deadline: began.addingTimeInterval(seconds * kioskShare))
        var counter = try CounterFuzz(seed: seed, catalog: catalog, calendar: calendar)
        let counterReport = counter.run(events: events - kioskEvents, deadline: began.addingTimeInterval(seconds))
        return [kioskReport, counterReport]
    }
}
