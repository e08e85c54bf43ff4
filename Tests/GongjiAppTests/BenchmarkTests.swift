import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing

/// `gongji bench` on a tiny seeded store: every figure is measured and reported, in the table
/// and in the JSON. (How fast they are is for the benchmark to say, not for a test.)
@Suite("The benchmark")
struct BenchmarkTests {
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    @Test("every figure of issue 7 is reported, each with its budget")
    func everyFigure() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("bench.sqlite")
        let store = try DemoStore.open(at: path, now: Self.now, pinCost: .fastForTests)
        let plan = DemoDataPlan(
            residents: 80, applications: 200, seed: 7, asOf: CivilDate(Self.now), profile: .kioskDefault, calendar: .weekendsOnly)
        _ = try DemoSeeder.seed(plan, into: store, now: Self.now)
        let screens = ScreensDirectory(url: ScreensDirectory.sourceCheckout)

        let report = try Benchmark.run(
            on: store, storePath: path, options: Benchmark.Options(iterations: 5, seedApplications: 40),
            catalog: try screens.loadCatalog(), calendar: .weekendsOnly, now: Self.now)

        #expect(report.figures.map(\.name) == [
            "status lookup by application number", "status lookup by ID number",
            "next review-queue page, start", "next review-queue page, middle", "next review-queue page, end",
            "submit, durable", "update + view, one key, 80x24", "update + view, one key, 200x60",
            "seeding 40 applications",
        ])
        for figure in report.figures {
            #expect(figure.median.isFinite && figure.median > 0, "\(figure.name)")
            #expect(figure.samples == (figure.unit == "ms" ? 5 : 1), "\(figure.name)")
        }
        #expect(report.applications == 200)
        #expect(try store.applicationCount() == 200 + 5 + 1, "the submits (and their warm-up) were stored")
        let table = report.table.split(separator: "\n")
        #expect(table.count == 2 + report.figures.count)
        let json = try JSONSerialization.jsonObject(with: try report.json()) as? [String: Any]
        let figures = json?["figures"] as? [[String: Any]]
        #expect(figures?.count == report.figures.count)
        #expect(figures?.allSatisfy { $0["within"] is Bool && $0["budget"] != nil && $0["median"] != nil } == true)
    }

    @Test("a store that is not a demo store is refused before anything is written")
    func realStore() throws {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: "REAL22", isDemo: false, now: Self.now)
        let screens = ScreensDirectory(url: ScreensDirectory.sourceCheckout)
        #expect(throws: BenchError.notADemoStore) {
            try Benchmark.run(
                on: store, storePath: "memory", options: Benchmark.Options(iterations: 1, seedApplications: 4),
                catalog: try screens.loadCatalog(), calendar: .weekendsOnly, now: Self.now)
        }
    }
}
