import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// `gongji bench`: the in-process performance figures on a store made by `gongji seed`.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure lookups, review-queue pages, submits, key handling and seeding on a demo store.",
        discussion: """
        Prints a table (figure, median, 99th percentile, budget, within?) and, with --json, writes \
        the same as JSON. The store should be a demo store made by gongji seed (say 1,000,000 \
        applications); the submit figure adds --iterations applications of the demo resident \
        王建国 to it, as a kiosk would. Seeding is measured on a fresh temporary store of \
        --seed-applications applications. The exit status is 0 whether or not every figure is \
        within its budget; the table says which are not. Example: gongji bench --store /tmp/big.sqlite
        """
    )

    @Option(help: ArgumentHelp("The demo store to measure on.", valueName: "path")) var store: String
    @Option(help: ArgumentHelp("Also write the figures as JSON to this file.", valueName: "file")) var json: String?
    @Option(help: "Timed runs of each figure.") var iterations: Int = 1_000
    @Option(help: "How many applications the seeding figure seeds into a temporary store.") var seedApplications: Int = 100_000
    @Option(help: ArgumentHelp("The folder with the kiosk's texts.", valueName: "dir")) var screens: String?

    func validate() throws {
        guard iterations > 0 else { throw ValidationError("--iterations must be more than 0") }
        guard seedApplications > 0 else { throw ValidationError("--seed-applications must be more than 0") }
        guard FileManager.default.fileExists(atPath: store) else { throw ValidationError("no store at \(store)") }
    }

    func run() throws {
        do {
            let located = try ScreensDirectory.locate(
                explicit: screens, environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
            let database = try KioskDatabase.open(at: store)
            let report = try Benchmark.run(
                on: database, storePath: store,
                options: Benchmark.Options(iterations: iterations, seedApplications: seedApplications),
                catalog: try located.loadCatalog(), calendar: try located.loadWorkingDayCalendar(),
                progress: { name in FileHandle.standardError.write(Data("bench: \(name)…\n".utf8)) })
            print("\(report.applications) applications in \(store), \(iterations) runs a figure\n")
            print(report.table)
            if let json { try report.json().write(to: URL(fileURLWithPath: json)) }
        } catch let error as ValidationError {
            throw error
        } catch {
            throw CommandFailure(error)
        }
    }
}
