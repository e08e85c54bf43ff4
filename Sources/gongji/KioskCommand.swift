import ArgumentParser
import Foundation
import GongjiApp
import KioskUI

struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosk",
        abstract: "Run the resident's kiosk full-screen (the default).",
        discussion: """
        F10 ends a resident's session and returns to the welcome screen; the public cannot quit the \
        kiosk. A supervisor stops it with SIGTERM (or SIGINT, SIGHUP), which restores the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("The folder with the kiosk's texts.", valueName: "dir"))
    var screens: String?

    @Option(help: ArgumentHelp(
        "The folder the document scanner writes into; without it the kiosk offers no scans (the demo store has its own, fed by sample scans).",
        valueName: "dir"))
    var scanInbox: String?

    @Option(help: "Seconds without a key before the 'are you still there?' countdown.")
    var idleSeconds: Double = 90

    @Option(help: "Seconds the countdown runs before the session ends.")
    var countdownSeconds: Double = 15

    func validate() throws {
        guard idleSeconds > 0, countdownSeconds > 0 else {
            throw ValidationError("--idle-seconds and --countdown-seconds must be more than 0")
        }
    }

    func run() throws {
        do {
            let options = KioskOptions(
                storePath: storeOptions.store,
                demoStore: storeOptions.demoStore,
                screensPath: screens,
                scanInboxPath: scanInbox,
                settings: KioskSettings(
                    idleAfter: idleSeconds, countdown: countdownSeconds, policy: try policyOptions.source.load())
            )
            let status = try KioskProgram.run(options, environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
            throw ExitCode(status)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }
}

/// Any failure a command reports: one line, on standard error, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    /// The error in its own words where it has them (the store's errors say what to do).
    init(_ error: any Error) {
        let words = (error as? any LocalizedError)?.errorDescription ?? "\(error)"
        description = "gongji: \(words)"
    }
}
