import ArgumentParser
import Foundation
import GongjiApp
import KioskFrame
import KioskUI

struct ReplayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Play a key script through the kiosk without a terminal and print the final screen.",
        discussion: """
        The script uses the key-script language (see the README): keys, <wait:MS>, <clock:+90s>, \
        <resize:WxH>, <expect:text>, <caption:text>, # comments. Time is virtual: the real clock is \
        never read. Exit status 1 when an <expect:...> fails or the script cannot be read. Without \
        --store, a fresh demo store in memory is used, so a replay gives the same screens every time.
        """
    )

    @Argument(help: ArgumentHelp("The key-script file ('-' for standard input).", valueName: "script"))
    var script: String

    @Option(help: ArgumentHelp("A store file to replay against (changed by the replay).", valueName: "path"))
    var store: String?

    @Option(help: ArgumentHelp("Screen size, e.g. 80x24.", valueName: "WxH"))
    var size: String = "80x24"

    @Option(help: ArgumentHelp("The virtual clock's start, ISO 8601 (default 2026-11-23T09:00:00+08:00).", valueName: "instant"))
    var start: String?

    @Option(help: ArgumentHelp("The folder with the kiosk's texts.", valueName: "dir"))
    var screens: String?

    @Flag(help: "Print the screen after every step, not only the last.")
    var everyFrame = false

    @OptionGroup var policyOptions: PolicyOptions

    @Option(help: ArgumentHelp("The document scanner's folder, for a replay of a kiosk with a scanner (emptied first).", valueName: "dir"))
    var scanInbox: String?

    func run() throws {
        guard let screenSize = Size(parsing: size) else {
            throw ValidationError("--size takes COLUMNSxROWS, e.g. 80x24")
        }
        var startInstant = ReplayRunner.defaultStart
        if let start {
            guard let parsed = ISO8601DateFormatter().date(from: start) else {
                throw ValidationError("--start takes an ISO 8601 instant, e.g. 2026-11-23T09:00:00+08:00")
            }
            startInstant = parsed
        }
        let text: String
        do {
            text = script == "-" ? String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
                : try String(contentsOfFile: script, encoding: .utf8)
        } catch {
            throw CommandFailure(message: "cannot read the script \(script): \(error.localizedDescription)")
        }
        let outcome: ReplayRunner.Outcome
        do {
            outcome = try ReplayRunner.run(
                scriptText: text, scriptName: script, storePath: store, size: screenSize, start: startInstant,
                screensPath: screens, environment: ProcessInfo.processInfo.environment,
                executablePath: CommandLine.arguments[0], everyFrame: everyFrame,
                settings: KioskSettings(policy: try policyOptions.source.load()), scanInboxPath: scanInbox
            )
        } catch {
            throw CommandFailure(error)
        }
        print(outcome.output, terminator: "")
        if !outcome.succeeded {
            FileHandle.standardError.write(Data((outcome.problem ?? "replay failed").utf8 + [0x0A]))
            throw ExitCode.failure
        }
    }
}
