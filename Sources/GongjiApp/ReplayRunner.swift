import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskUI
import Logging

/// `gongji replay`: a key script against a store, printed as the screens it leads to.
public enum ReplayRunner {
    /// Monday 2026-11-23, 09:00 in Shanghai: a working morning, so replays start in office hours.
    public static let defaultStart = Date(timeIntervalSince1970: 1_795_395_600)

    public struct Outcome: Sendable {
        public let output: String
        public let succeeded: Bool
        public let problem: String?
        public let result: Replay.Result?
    }

    public static func run(
        scriptText: String, scriptName: String, storePath: String?, size: Size, start: Date,
        screensPath: String?, environment: [String: String], executablePath: String, everyFrame: Bool,
        settings: KioskSettings = KioskSettings(), scanInboxPath: String? = nil,
        logger: Logger = Logger(label: "gongji.replay") { _ in SwiftLogNoOpLogHandler() }
    ) throws -> Outcome {
        let script: KeyScript
        do {
            script = try KeyScript(parsing: scriptText)
        } catch {
            let message = "\(scriptName): \(error)"
            return Outcome(output: "", succeeded: false, problem: message, result: nil)
        }
        let screens = try ScreensDirectory.locate(explicit: screensPath, environment: environment, executablePath: executablePath)
        let catalog = try screens.loadCatalog()
        let calendar = try screens.loadWorkingDayCalendar()
        let letter = try screens.loadCommitmentLetter()
        let database = try storePath.map { try openStore(at: $0, now: start) } ?? DemoStore.inMemory(now: start)
        let isDemo = try database.installation()?.isDemo ?? false
        // A replay scans only where told where the scanner's files are; its documents are kept
        // beside the store (or beside the inbox, for a store in memory).
        let scans = try scanInboxPath.flatMap { inbox in
            try ScanFolders.prepare(
                inboxPath: inbox, isDemo: false,
                storeFolder: URL(fileURLWithPath: storePath ?? inbox).deletingLastPathComponent())
        }
        var settings = settings
        settings.scansDocuments = scans != nil
        let state = AppState(settings: settings, catalog: catalog, isDemoStore: isDemo, size: size, now: start).with(letter: letter)
        var performer = EffectPerformer(
            database: database, lockout: settings.lockout,
            logger: logger,
            policy: settings.policy, calendar: calendar)
        performer.scans = scans
        var replay = Replay(driver: KioskDriver(state: state, performer: performer), calendar: calendar)
        let result = replay.run(script, everyFrame: everyFrame)
        return Outcome(output: format(result, everyFrame: everyFrame), succeeded: result.failure == nil,
                       problem: result.failure.map { "\(scriptName): \($0)" }, result: result)
    }

    /// The store a replay plays on. A copy of a kiosk's own store is played as it is, so support
    /// staff see what its resident saw; any other path is a demo store, made when new.
    static func openStore(at path: String, now: Date) throws -> KioskDatabase {
        if FileManager.default.fileExists(atPath: path), try KioskDatabase.open(at: path).installation()?.isDemo == false {
            return try KioskDatabase.open(at: path)
        }
        return try DemoStore.open(at: path, now: now)
    }

    static func format(_ result: Replay.Result, everyFrame: Bool) -> String {
        var output = ""
        if everyFrame {
            for snapshot in result.snapshots {
                output += "--- \(snapshot.label)"
                if let caption = snapshot.caption { output += " | \(caption)" }
                output += "\n\(snapshot.frame.text)\n"
            }
            output += "--- final\n"
        }
        output += result.finalFrame.text + "\n"
        return output
    }
}
