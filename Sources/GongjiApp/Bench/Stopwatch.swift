import Foundation

/// Times a piece of work many times over, after a few untimed runs that warm the caches (the
/// page cache, SQLite's, the statement cache) as a kiosk that has been running is warm.
enum Stopwatch {
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1_000 + Double(attoseconds) / 1e15
    }

    /// The time of each of `iterations` runs of `body`, in milliseconds; `body` is told which run
    /// it is, so it can vary its input (warm-up runs count from `-warmUp`).
    static func samples(iterations: Int, warmUp: Int = 3, _ body: (Int) throws -> Void) rethrows -> [Double] {
        let clock = ContinuousClock()
        for index in -warmUp..<0 { try body(index) }
        var samples: [Double] = []
        samples.reserveCapacity(iterations)
        for index in 0..<iterations {
            let start = clock.now
            try body(index)
            samples.append(milliseconds(clock.now - start))
        }
        return samples
    }
}
