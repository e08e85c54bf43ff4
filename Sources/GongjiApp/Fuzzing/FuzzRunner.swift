import FamilyAid
import Foundation
import KioskUI

/// `gongji fuzz`: the kiosk's and the console's fuzz runs with the program's own texts, as CI
/// runs them on the release build, side by side on two threads under one time limit.
public enum FuzzRunner {
    /// The kiosk's share of the inputs; the console, with fewer screens and cheaper frames, gets
    /// the rest, so that both end at about the same time.
    static let kioskShare = 0.6

    /// Sends `inputs` keys, taps and resizes in all, or as many as fit in `seconds`.
    public static func run(
        inputs: Int, seconds: TimeInterval, seed: UInt64,
        screensPath: String?, environment: [String: String], executablePath: String
    ) throws -> [FuzzReport] {
        let screens = try ScreensDirectory.locate(explicit: screensPath, environment: environment, executablePath: executablePath)
        let catalog = try screens.loadCatalog()
        let calendar = try screens.loadWorkingDayCalendar()
        let letter = try screens.loadCommitmentLetter()
        let kioskInputs = Int(Double(inputs) * kioskShare)
        let deadline = Date().addingTimeInterval(seconds)
        // Each run has its own store and state, made on its own thread: they share nothing but
        // the texts, so two cores fuzz twice as much in the same time.
        let runs: [@Sendable () throws -> FuzzReport] = [
            {
                var kiosk = try KioskFuzz(seed: seed, catalog: catalog, letter: letter, calendar: calendar)
                return kiosk.run(events: .max, inputs: kioskInputs, deadline: deadline)
            },
            {
                var counter = try CounterFuzz(seed: seed, catalog: catalog, calendar: calendar)
                return counter.run(events: .max, inputs: inputs - kioskInputs, deadline: deadline)
            },
        ]
        let results = ResultSlots<FuzzReport>(count: runs.count)
        DispatchQueue.concurrentPerform(iterations: runs.count) { index in
            results[index] = Result { try runs[index]() }
        }
        return try results.values.map { try $0.get() }
    }
}

/// One result per concurrent run, each written once by its own thread.
private final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    // Every access goes through `lock`, which is what makes sharing this between threads safe.
    private let lock = NSLock()
    private var slots: [Result<Value, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Result<Value, any Error>? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Result<Value, any Error>] { lock.withLock { slots.compactMap { $0 } } }
}
