import FamilyAid
import Foundation
import KioskFrame
import KioskStore
import KioskUI
import Logging

/// Random input through the kiosk's update and view, against a demo store in memory: after every
/// event the frame is drawn and held to its invariants (`Frame.invariantViolations`). A crash
/// ends the run, and the process with it, which is what a test or CI must see.
///
/// Everything is a function of the seed: time is virtual, and the store is fresh, so a failing
/// seed replays the same run.
public struct KioskFuzz {
    private var driver: KioskDriver
    private var input: FuzzInput
    private var random: SeedRandom
    private var now: Date
    private var report: FuzzReport
    /// What was drawn last, so the next tap can land on something that answers it.
    private var targets: [TapTarget] = []

    /// Monday 2026-11-23, 09:00 in Shanghai, as replays start.
    public static let start = ReplayRunner.defaultStart

    public init(
        seed: UInt64, catalog: Catalog, letter: CommitmentLetter?, calendar: WorkingDayCalendar,
        settings: KioskSettings = KioskSettings()
    ) throws {
        let database = try DemoStore.inMemory(now: Self.start, pinCost: .fastForTests)
        let state = AppState(settings: settings, catalog: catalog, isDemoStore: true, size: Size(columns: 80, rows: 24), now: Self.start)
            .with(letter: letter)
        let performer = EffectPerformer(
            database: database, lockout: settings.lockout, logger: Logger(label: "gongji.fuzz") { _ in SwiftLogNoOpLogHandler() },
            policy: settings.policy, calendar: calendar)
        driver = KioskDriver(state: state, performer: performer)
        input = FuzzInput(
            phrases: DemoPersonas.all.map(\.idNumber) + [
                DemoPersonas.pin, DemoPersonas.pin, "13800138002", "20271122", "5000", "J110105-2000-001234",
                "11010519491231002X", "110105196803150119", "11010519700231", "000000",
            ],
            // F10 first: from wherever the run is, back to the welcome screen, then signed in.
            ways: DemoPersonas.all.map { Self.signIn($0) } + [
                // The sharer adds his wife: on to her verdict, and what follows it.
                Self.signIn(DemoPersonas.all[0]) + "11\(DemoPersonas.all[1].idNumber)<Enter>1113800138002<Enter>",
            ])
        random = SeedRandom(seed: seed)
        now = Self.start
        report = FuzzReport(what: "kiosk", seed: seed)
    }

    /// From wherever the run is (F10 ends any session) to the person's home menu.
    static func signIn(_ persona: DemoPersona) -> String {
        "<F10>1\(persona.idNumber)<Enter>\(DemoPersonas.pin)<Enter>1"
    }

    /// Sends `events` events, or fewer: as many as make `inputs` keys, taps and resizes, or fit
    /// before `deadline`.
    public mutating func run(events: Int, inputs: Int = .max, deadline: Date? = nil) -> FuzzReport {
        let began = Date()
        for index in 0..<events {
            if report.hasRunOut(inputs: inputs, deadline: deadline, before: index) { break }
            send(input.next(using: &random, size: driver.state.size, targets: targets))
            let rendering = Kiosk.view(driver.state)
            targets = rendering.targets
            report.check(rendering, terminal: driver.state.size, after: index + 1, on: "\(driver.state.screen)")
        }
        report.seconds = Date().timeIntervalSince(began)
        return report
    }

    private mutating func send(_ step: FuzzInput.Step) {
        switch step {
        case .event(let event):
            let at = now
            driver.dispatch(event, now: at, clock: { at })
            report.inputs += 1
        case .typing(let text):
            let at = now
            for character in text { driver.dispatch(.key(.character(character)), now: at, clock: { at }) }
            report.inputs += text.count
        case .keys(let keys):
            let at = now
            for key in keys { driver.dispatch(.key(key), now: at, clock: { at }) }
            report.inputs += keys.count
        case .wait(let seconds):
            now = now.addingTimeInterval(seconds)
            driver.advanceClock(to: now)
        }
    }
}
