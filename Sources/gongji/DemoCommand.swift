import ArgumentParser
import Foundation
import GongjiApp

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Show the kiosk's walkthroughs, each played on a throwaway demo store.",
        discussion: """
        A menu of the walkthroughs in screens/walkthroughs/ (key scripts with a caption per step). \
        While one plays: Space pauses, Right steps one key, + and - change the speed, Esc returns to \
        the menu, F2 switches the language, F10 quits. --loop plays them all, one after another, \
        forever, with no input needed (an exhibition stand).
        """
    )

    @Flag(help: "Play every walkthrough in turn, forever.")
    var loop = false

    @Option(help: ArgumentHelp("The folder with the kiosk's texts and walkthroughs.", valueName: "dir"))
    var screens: String?

    func run() throws {
        do {
            _ = try DemoProgram.run(
                screensPath: screens, loops: loop, environment: ProcessInfo.processInfo.environment,
                executablePath: CommandLine.arguments[0])
        } catch {
            throw CommandFailure(error)
        }
    }
}
