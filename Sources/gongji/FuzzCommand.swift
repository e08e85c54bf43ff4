import ArgumentParser
import Foundation
import GongjiApp

/// Not for operators: CI runs it on the release build to send a million random keys, taps and
/// resizes through the kiosk and the console within a time limit.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz",
        abstract: "Send random keys, taps, resizes and pastes through the kiosk and the console, checking every frame.",
        discussion: """
        Against demo stores in memory with a virtual clock; nothing is written. Prints what was sent \
        and reached; exit status 1 when a frame broke a rule (a row not as wide as the screen, half \
        a wide glyph, the cursor outside the focused field). A crash ends the process.
        """,
        shouldDisplay: false
    )

    @Option(help: "How many keys, taps and resizes to send in all (three fifths to the kiosk, the rest to the console).")
    var inputs = 1_000_000

    @Option(help: "Stop after this many seconds even if not everything was sent.")
    var seconds: Double = 60

    @Option(help: "The random generator's seed: the same seed sends the same events.")
    var seed: UInt64 = 8

    @Option(help: ArgumentHelp("The folder with the kiosk's texts.", valueName: "dir"))
    var screens: String?

    func run() throws {
        let reports: [FuzzReport]
        do {
            reports = try FuzzRunner.run(
                inputs: inputs, seconds: seconds, seed: seed, screensPath: screens,
                environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
        } catch {
            throw CommandFailure(error)
        }
        for report in reports { print(report) }
        if reports.contains(where: { !$0.problems.isEmpty }) { throw ExitCode.failure }
    }
}
