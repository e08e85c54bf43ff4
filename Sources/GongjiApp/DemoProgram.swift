import Foundation
import KioskFrame
import KioskTerminal
import KioskUI
import Logging

/// Starts `gongji demo`: reads the kiosk's texts and the walkthroughs, takes over the terminal,
/// plays until F10 (or a signal), and gives the terminal back. Each walkthrough plays on a demo
/// store of its own in the temporary folder, removed when it ends.
public enum DemoProgram {
    public static func run(
        screensPath: String?, loops: Bool, environment: [String: String], executablePath: String
    ) throws -> Int32 {
        TerminalLocale.ensureUTF8()
        let screens = try ScreensDirectory.locate(explicit: screensPath, environment: environment, executablePath: executablePath)
        let content = DemoStage.Content(
            catalog: try screens.loadCatalog(), calendar: try screens.loadWorkingDayCalendar(),
            letter: try screens.loadCommitmentLetter(), settings: KioskSettings())
        let walkthroughs = try screens.loadWalkthroughs()
        let dataDirectory = DataDirectory.url(environment: environment)
        try DataDirectory.prepare(dataDirectory)
        let logger = LogFiles.fileLogger(in: dataDirectory, label: "gongji.demo")

        let terminal = try Terminal(environment: environment)
        defer { terminal.stop() }
        var driver = DemoDriver(
            state: DemoState(catalog: content.catalog, walkthroughs: walkthroughs, loops: loops, size: terminal.size, now: Date()),
            content: content, temporaryRoot: FileManager.default.temporaryDirectory)
        if loops { driver.startLoop(now: Date()) }
        var session = TerminalSession(driver: driver, logger: logger)
        logger.info("demo started", metadata: ["walkthroughs": "\(walkthroughs.count)", "loop": "\(loops)"])
        _ = session.run(on: terminal)
        terminal.stop()
        logger.info("demo stopped")
        return 0
    }
}
