import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp

/// `gongji seed`: a demo store that looks like years of real use, for benchmarks, training and
/// support.
struct SeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Fill a new demo store with fictional residents and applications.",
        discussion: """
        Residents come in families of four (a sharer with an employee account, a spouse, a child, \
        a parent) with valid, fictional ID numbers; applications come from four fictional counters \
        and kiosks (DEM101 to DEM104) in every state: approved (with the quota set aside, some \
        ended since and the quota given back), waiting for confirmation or review (deadlines spread \
        over the working days around --as-of, some overdue), refused, declined, withdrawn. The same \
        --seed and --as-of make the same data. A new store is seeded in one transaction, its indexes \
        made at the end; into a store that exists already each batch is one transaction. Either way \
        a seeding stopped midway leaves a store that verifies. Example: gongji seed --residents 400000 \
        --applications 1000000 --store /tmp/big.sqlite
        """
    )

    @Option(help: "How many residents (rounded down to families of four).") var residents: Int
    @Option(help: "How many applications.") var applications: Int
    @Option(help: "The seed that fixes the data.") var seed: UInt64 = 1
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The day the data leads up to (YYYY-MM-DD); today by default.", valueName: "date"))
    var asOf: String?
    @Option(help: ArgumentHelp("The new demo store file.", valueName: "path")) var store: String

    func run() throws {
        do {
            let now = Date()
            let day = try MoneyCommandSupport.date(asOf, option: "--as-of", now: now)
            let screens = try ScreensDirectory.locate(
                explicit: nil, environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
            let plan = DemoDataPlan(
                residents: residents, applications: applications, seed: seed, asOf: day, profile: .kioskDefault,
                calendar: try screens.loadWorkingDayCalendar())
            if let problem = plan.problem { throw ValidationError(problem) }
            // The clock starts before the store is made: making it is part of seeding a new one.
            let started = Date()
            let database = FileManager.default.fileExists(atPath: store)
                ? try DemoStore.open(at: store, now: now) : try DemoStore.createForSeeding(at: store, now: now)
            let line = ProgressLine(label: "seeding \(store)", minimumTotal: 10_000)
            let summary = try DemoSeeder.seed(
                plan, into: database, now: now, progress: { done, total in line.update(Int64(done), Int64(total)) },
                indexing: { line.next("making the indexes") })
            line.finish()
            let seconds = Date().timeIntervalSince(started)
            print("seeded \(store): \(summary.people) residents, \(summary.applications) applications in "
                + String(format: "%.1f s (%.0f applications a second)", seconds, Double(summary.applications) / max(seconds, 0.001)))
        } catch let error as ValidationError {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }
}
