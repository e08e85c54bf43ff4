import ArgumentParser
import Foundation
import GongjiApp
import KioskUI

/// Not for residents: an installer's check of the kiosk's supervisor (see `CrashDrill`).
struct CrashDrillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crash-drill",
        abstract: "Take the terminal, paint one screen, then crash on purpose, to check a kiosk's supervisor.",
        discussion: """
        The program ends by a trap after --after seconds. Under scripts/kiosk-supervisor the \
        backtrace goes to the log, the terminal is given back and the drill starts again.
        """,
        shouldDisplay: false
    )

    @Option(help: "Seconds to show the screen before the crash.")
    var after: Double = 1

    @Option(help: ArgumentHelp("The folder with the kiosk's texts.", valueName: "dir"))
    var screens: String?

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let catalog = try ScreensDirectory.locate(explicit: screens, environment: environment, executablePath: CommandLine.arguments[0])
            .loadCatalog()
        try CrashDrill.run(environment: environment, after: after, message: Localizer(catalog, .chinese)["crash_drill.screen"])
    }
}
