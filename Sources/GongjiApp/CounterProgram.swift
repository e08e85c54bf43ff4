import FamilyAid
import Foundation
import KioskStore
import KioskTerminal
import KioskUI

/// Starts the counter console: finds its texts, opens the store, takes over the terminal, runs
/// until F10 (or a signal), and gives the terminal back. Problems before the terminal is taken
/// over are one clear line on standard error.
public enum CounterProgram {
    public static func run(
        _ options: KioskOptions, settings: CounterSettings, environment: [String: String], executablePath: String
    ) throws -> Int32 {
        TerminalLocale.ensureUTF8()
        let screens = try ScreensDirectory.locate(explicit: options.screensPath, environment: environment, executablePath: executablePath)
        let dataDirectory = DataDirectory.url(environment: environment)
        try DataDirectory.prepare(dataDirectory)
        let catalog = try screens.loadCatalog(cache: dataDirectory)
        let calendar = try screens.loadWorkingDayCalendar()
        let logger = LogFiles.fileLogger(in: dataDirectory, label: "gongji.counter")
        let database = try StoreOpener.open(options, dataDirectory: dataDirectory, now: Date())
        let isDemo = try database.installation()?.isDemo ?? false
        let storePath = options.storePath ?? StoreOpener.defaultPath(demo: options.demoStore, dataDirectory: dataDirectory)
        let storeFolder = URL(fileURLWithPath: storePath).deletingLastPathComponent()
        let documents = DocumentFolder(directory: storeFolder.appendingPathComponent("documents"))
        let scans = try ScanFolders.prepare(inboxPath: options.scanInboxPath, isDemo: isDemo, storeFolder: storeFolder)
        var settings = settings
        settings.residentFlows = options.settings
        settings.residentFlows.scansDocuments = scans != nil

        let terminal = try Terminal(environment: environment)
        defer { terminal.stop() }
        let state = CounterState(settings: settings, catalog: catalog, isDemoStore: isDemo, size: terminal.size, now: Date())
        var performer = CounterEffectPerformer(
            database: database, logger: logger, policy: options.settings.policy, calendar: calendar, documents: documents)
        performer.kiosk.receipts = ReceiptFile(directory: storeFolder.appendingPathComponent("receipts"), catalog: catalog)
        performer.kiosk.scans = scans
        var session = TerminalSession(driver: CounterDriver(state: state, performer: performer), logger: logger)
        logger.info("counter console started", metadata: ["demo": "\(isDemo)"])
        _ = session.run(on: terminal)
        terminal.stop()
        logger.info("counter console stopped")
        return 0
    }
}
