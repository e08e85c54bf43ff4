import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskUI
import Logging

/// Where `gongji demo` plays a walkthrough: a kiosk on a demo store of its own in a temporary
/// folder, replayed with a virtual clock from the same Monday morning as `gongji replay`, so a
/// walkthrough shows what its replay test checks. The folder goes when the walkthrough ends.
final class DemoStage {
    var replay: Replay
    private let folder: URL

    /// The kiosk's texts, calendar and letter, read once for every walkthrough.
    struct Content {
        let catalog: Catalog
        let calendar: WorkingDayCalendar
        let letter: CommitmentLetter
        let settings: KioskSettings
    }

    init(_ walkthrough: Walkthrough, language: Language, size: Size, content: Content, under root: URL) throws {
        folder = root.appendingPathComponent("gongji-demo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let start = ReplayRunner.defaultStart
        // A store that lives for one walkthrough guards nobody's PIN: the cheapest hash will do.
        let database = try DemoStore.open(at: folder.appendingPathComponent("demo.sqlite").path, now: start, pinCost: .fastForTests)
        let state = AppState(settings: content.settings, catalog: content.catalog, isDemoStore: true, size: size, now: start)
            .with(letter: content.letter)
        let performer = EffectPerformer(
            database: database, lockout: content.settings.lockout,
            logger: Logger(label: "gongji.demo") { _ in SwiftLogNoOpLogHandler() },
            policy: content.settings.policy, calendar: content.calendar)
        var replay = Replay(
            driver: KioskDriver(state: state, performer: performer), calendar: content.calendar,
            documents: DocumentFolder(directory: folder.appendingPathComponent("documents")))
        if language != .chinese { replay.heldLanguage = language }
        self.replay = replay
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
