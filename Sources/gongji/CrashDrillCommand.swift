import ArgumentParser
import Foundation
import GongjiApp

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

    func run() throws {
        try CrashDrill.run(environment: ProcessInfo.processInfo.environment, after: after)
    }
}
