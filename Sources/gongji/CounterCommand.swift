import ArgumentParser
import Foundation
import GongjiApp
import KioskUI

struct CounterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "counter",
        abstract: "Run the counter clerk's console full-screen: operator sign-in, then the review queue.",
        discussion: """
        An operator signs in with their ID and password (five wrong passwords lock the operator). \
        After --lock-after seconds without a key the console locks and asks for the password again; \
        another operator may sign in instead. F10 quits and restores the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("The folder with the texts and working-day calendar.", valueName: "dir"))
    var screens: String?

    @Option(help: "Seconds without a key before the console locks.")
    var lockAfter: Double = 5 * 60

    func validate() throws {
        guard lockAfter > 0 else { throw ValidationError("--lock-after must be more than 0") }
    }

    func run() throws {
        do {
            let options = KioskOptions(
                storePath: storeOptions.store, demoStore: storeOptions.demoStore, screensPath: screens,
                settings: KioskSettings(policy: try policyOptions.source.load()))
            let status = try CounterProgram.run(
                options, settings: CounterSettings(lockAfter: lockAfter),
                environment: ProcessInfo.processInfo.environment, executablePath: CommandLine.arguments[0])
            throw ExitCode(status)
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw CommandFailure(error)
        }
    }
}
