import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskTerminal
import KioskUI
import Logging

/// Everything the `gongji` kiosk command needs, gathered from the command line.
public struct KioskOptions: Sendable {
    public var storePath: String?
    public var demoStore: Bool
    public var screensPath: String?
    /// The folder the document scanner writes into; nil for a kiosk without one (the demo store
    /// then has its own, fed by sample scans).
    public var scanInboxPath: String?
    public var settings: KioskSettings

    public init(storePath: String?, demoStore: Bool, screensPath: String?, scanInboxPath: String? = nil, settings: KioskSettings) {
        self.storePath = storePath
        self.demoStore = demoStore
        self.screensPath = screensPath
        self.scanInboxPath = scanInboxPath
        self.settings = settings
    }
}

/// Starts the kiosk: finds its texts, opens the store, takes over the terminal, runs until a
/// signal, and gives the terminal back. Every problem before the terminal is taken over is
/// reported as one clear line on standard error.
public enum KioskProgram {
    public static func run(_ options: KioskOptions, environment: [String: String], executablePath: String) throws -> Int32 {
        TerminalLocale.ensureUTF8()
        let screens = try ScreensDirectory.locate(explicit: options.screensPath, environment: environment, executablePath: executablePath)
        let dataDirectory = DataDirectory.url(environment: environment)
        try DataDirectory.prepare(dataDirectory)
        let catalog = try screens.loadCatalog(cache: dataDirectory)
        // Read before the terminal is taken over, so a wrong holiday file is one clear line.
        let calendar = try screens.loadWorkingDayCalendar()
        let letter = try screens.loadCommitmentLetter()
        let logger = LogFiles.fileLogger(in: dataDirectory, label: "gongji.kiosk")
        let database = try StoreOpener.open(options, dataDirectory: dataDirectory, now: Date())
        let isDemo = try database.installation()?.isDemo ?? false

        let storePath = options.storePath ?? StoreOpener.defaultPath(demo: options.demoStore, dataDirectory: dataDirectory)
        let storeFolder = URL(fileURLWithPath: storePath).deletingLastPathComponent()
        let scans = try ScanFolders.prepare(inboxPath: options.scanInboxPath, isDemo: isDemo, storeFolder: storeFolder)
        var settings = options.settings
        settings.scansDocuments = scans != nil

        let terminal = try Terminal(environment: environment)
        defer { terminal.stop() }
        let state = AppState(settings: settings, catalog: catalog, isDemoStore: isDemo, size: terminal.size, now: Date())
            .with(letter: letter)
        var performer = EffectPerformer(
            database: database, lockout: settings.lockout, logger: logger, policy: settings.policy, calendar: calendar)
        performer.receipts = ReceiptFile(directory: storeFolder.appendingPathComponent("receipts"), catalog: catalog)
        performer.scans = scans
        var session = TerminalSession(driver: KioskDriver(state: state, performer: performer), logger: logger)
        logger.info("kiosk started", metadata: [
            "demo": "\(isDemo)",
            "scanner": "\(scans != nil)",
            "holidays": "\(calendar.yearsWithData.map(String.init).joined(separator: ","))",
        ])
        _ = session.run(on: terminal)
        terminal.stop()
        logger.info("kiosk stopped")
        return 0
    }
}

/// Which store a command works on: `--store PATH`, the demo store, or the installation's own.
public enum StoreOpener {
    public static func defaultPath(demo: Bool, dataDirectory: URL) -> String {
        dataDirectory.appendingPathComponent(demo ? "demo.sqlite" : "gongji.sqlite").path
    }

    public static func open(_ options: KioskOptions, dataDirectory: URL, now: Date) throws -> KioskDatabase {
        let path = options.storePath ?? defaultPath(demo: options.demoStore, dataDirectory: dataDirectory)
        if options.demoStore { return try DemoStore.open(at: path, now: now) }
        let database = try KioskDatabase.open(at: path)
        if try database.installation() == nil {
            _ = try database.install(originID: OriginID.random(), isDemo: false, now: now)
        }
        return database
    }
}

/// An installation's origin: six characters from an alphabet without look-alikes (no 0/O, 1/I),
/// so it can be read aloud and typed back.
public enum OriginID {
    static let alphabet = Array("23456789ABCDEFGHJKLMNPQRSTUVWXYZ")

    public static func random<G: RandomNumberGenerator>(using generator: inout G) -> String {
        String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
    }

    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        return random(using: &generator)
    }
}

/// The program's log: `gongji.log` in the data directory, never the terminal.
public enum LogFiles {
    public static func fileLogger(in directory: URL, label: String) -> Logger {
        let sink = LogSink(url: directory.appendingPathComponent("gongji.log"))
        return Logger(label: label) { label in FileLogHandler(label: label, sink: sink) }
    }
}
