import FamilyAid
import Foundation
import KioskStore

/// Seeding throughput: a fresh demo store seeded in a temporary folder (removed afterwards), as
/// `gongji seed` does it, two residents to five applications as in the 400k / 1M store.
struct SeedingBenchmark {
    let applications: Int
    let calendar: WorkingDayCalendar
    let today: CivilDate

    /// 1,000,000 applications in 60 s.
    static let budget = BenchBudget.atLeast(1_000_000 / 60)

    func run() throws -> BenchFigure {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongji-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let now = Date()
        // A bare demo installation, new as `gongji seed` makes one: seeding needs no demo
        // residents or operators.
        let database = try KioskDatabase.openNewForSeeding(at: folder.appendingPathComponent("seed.sqlite").path)
        _ = try database.install(originID: DemoStore.originID, isDemo: true, now: now)
        let plan = DemoDataPlan(
            residents: max(DemoDataPlan.familySize, applications * 2 / 5), applications: applications, seed: 1, asOf: today,
            profile: .kioskDefault, calendar: calendar)
        let clock = ContinuousClock()
        let start = clock.now
        _ = try DemoSeeder.seed(plan, into: database, now: now)
        let seconds = Stopwatch.milliseconds(clock.now - start) / 1_000
        let rate = Double(applications) / max(seconds, 1e-9)
        return BenchFigure(
            name: "seeding \(applications) applications", unit: "applications/s", samples: 1, median: rate, p99: nil,
            budget: Self.budget)
    }
}
