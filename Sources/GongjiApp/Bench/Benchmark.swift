import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskUI

/// `gongji bench`: the in-process figures of issue 7 on a given store, each against its budget.
public enum Benchmark {
    public struct Options: Sendable {
        public var iterations: Int
        /// How many applications the seeding figure seeds into a temporary store.
        public var seedApplications: Int

        public init(iterations: Int = 1_000, seedApplications: Int = 100_000) {
            self.iterations = iterations
            self.seedApplications = seedApplications
        }
    }

    /// The terminal sizes `update` + `view` are timed at: the smallest the kiosk takes and a large one.
    public static let sizes = [Size(columns: 80, rows: 24), Size(columns: 200, rows: 60)]

    /// Runs every figure on `database`, a demo store (the submit figure adds `iterations`
    /// applications to it, as a kiosk would); `progress` hears each figure's name as it starts.
    public static func run(
        on database: KioskDatabase, storePath: String, options: Options, catalog: Catalog, calendar: WorkingDayCalendar,
        now: Date = Date(), progress: (String) -> Void = { _ in }
    ) throws -> BenchReport {
        guard try database.installation()?.isDemo == true else { throw BenchError.notADemoStore }
        let applications = try database.applicationCount()
        let sample = try database.spreadSample(count: 500)
        guard !sample.isEmpty else { throw BenchError.noApplications }
        let today = CivilDate(now)
        let store = StoreBenchmarks(database: database, iterations: options.iterations, calendar: calendar, today: today)
        let kiosk = KioskBenchmarks(catalog: catalog, iterations: options.iterations)
        var figures: [BenchFigure] = []
        func measure(_ name: String, _ body: () throws -> [BenchFigure]) rethrows {
            progress(name)
            figures += try body()
        }
        try measure("status lookups") { [try store.lookupByNumber(sample), try store.lookupByIDNumber(sample)] }
        try measure("review-queue pages") { try store.reviewQueuePages() }
        try measure("submit") { [try store.submit()] }
        try measure("update + view") { try sizes.map { try kiosk.keyOnIdentityField(size: $0) } }
        try measure("seeding") {
            [try SeedingBenchmark(applications: options.seedApplications, calendar: calendar, today: today).run()]
        }
        return BenchReport(
            date: now, store: storePath, applications: applications, iterations: options.iterations,
            machine: BenchReport.Machine.current, figures: figures)
    }
}
