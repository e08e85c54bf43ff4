import FamilyAid
import Foundation
import KioskFrame
import KioskUI
import Logging

/// Plays a key script through the kiosk's update and view with a virtual clock, as the tests,
/// support staff and demos do. The real clock is never read: waits and `<clock:…>` move time,
/// so idle countdowns, lockouts and deadlines behave as they would, instantly.
public struct Replay {
    public struct Snapshot: Sendable {
        /// What the step was, as written in the script, with its position.
        public let label: String
        public let frame: Frame
        public let caption: String?
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let position: SourcePosition
        /// What went wrong at that step, in words.
        public let reason: String
        public let screen: String

        public var description: String {
            "line \(position.line), column \(position.column): \(reason)"
        }
    }

    public struct Result: Sendable {
        public let finalFrame: Frame
        public let snapshots: [Snapshot]
        public let failure: Failure?
        public let state: AppState
    }

    var driver: KioskDriver
    let calendar: WorkingDayCalendar
    let offstage: OffstageDesk
    var now: Date
    /// The counter console on the same store, made when the script first goes to it; it stays
    /// signed in when the script goes back to the kiosk.
    var counter: CounterDriver?
    /// Where the console finds the scans its proofs refer to.
    let documents: DocumentFolder
    /// The program the keys go to now.
    public private(set) var station = Station.kiosk
    /// The captions of the step being played, in both languages.
    public private(set) var captions = Captions()
    /// The language the kiosk is held to, as a resident who presses F2 at once would: a demo
    /// played in English. Nil leaves the language to the script's own keys and checks every
    /// `<expect:…>`; while held, expectations (written in the kiosk's Chinese) are not checked.
    public var heldLanguage: Language? {
        didSet { holdLanguage() }
    }

    /// `calendar` counts `<clock:+Nwd>` steps: the one loaded from `screens/`, so a replay skips
    /// the same holidays as the kiosk.
    /// `documents` is where the counter console looks for scans (the kiosk's own folder when it
    /// has a scanner).
    public init(driver: KioskDriver, calendar: WorkingDayCalendar, documents: DocumentFolder? = nil) {
        self.driver = driver
        self.calendar = calendar
        self.documents = documents ?? driver.performer.scans?.documents
            ?? DocumentFolder(directory: FileManager.default.temporaryDirectory.appendingPathComponent("gongji-replay-documents"))
        offstage = OffstageDesk(database: driver.performer.database, policy: driver.performer.policy, calendar: calendar)
        now = driver.state.now
    }

    /// The screen of the program the keys go to, as it is now.
    public var frame: Frame {
        if station == .counter, let counter { return counter.frame }
        return Kiosk.view(driver.state).frame
    }

    /// The kiosk's state as it is now.
    public var state: AppState { driver.state }

    /// Runs every step; stops at the first one that fails. With `everyFrame`, keeps the screen
    /// after each step.
    public mutating func run(_ script: KeyScript, everyFrame: Bool = false) -> Result {
        var snapshots: [Snapshot] = []
        for step in script.steps {
            if let failure = perform(step) {
                return Result(finalFrame: frame, snapshots: snapshots, failure: failure, state: driver.state)
            }
            if everyFrame {
                snapshots.append(Snapshot(label: Replay.label(of: step), frame: frame, caption: captions.chinese))
            }
        }
        return Result(finalFrame: frame, snapshots: snapshots, failure: nil, state: driver.state)
    }

    /// Plays one step; returns why it failed, if it did.
    public mutating func perform(_ step: KeyScriptStep) -> Failure? {
        switch step {
        case .key(let key, _):
            if station == .counter { dispatchToCounter(.key(key)) } else { dispatch(.key(key)) }
        case .wait(let milliseconds, _):
            advance(to: now.addingTimeInterval(Double(milliseconds) / 1000))
        case .advanceClock(let advance, _):
            self.advance(to: target(of: advance))
        case .resize(let columns, let rows, _):
            dispatch(.resize(Size(columns: columns, rows: rows)))
            dispatchToCounter(.resize(Size(columns: columns, rows: rows)))
        case .station(let station, _):
            if station == .counter, counter == nil { counter = makeCounter() }
            self.station = station
        case .caption(let text, _):
            captions = Captions(chinese: text)
        case .englishCaption(let text, _):
            captions.english = text
        case .expect(let text, let position):
            guard heldLanguage == nil else { return nil }
            let frame = frame
            if !frame.contains(text) {
                return Failure(
                    position: position, reason: "expected \"\(text)\" on the screen, but it is not there", screen: frame.text)
            }
        case .offstage(let action, let position):
            do {
                try offstage.perform(action, now: now)
            } catch {
                return Failure(position: position, reason: "this step could not be done: \(error)", screen: frame.text)
            }
        }
        holdLanguage()
        return nil
    }

    private mutating func dispatch(_ event: Event) {
        let at = now
        driver.dispatch(event, now: at, clock: { at })
    }

    /// Presses F2 when the kiosk (or the console) speaks another language than the one held, as
    /// after a session ended (which always goes back to Chinese).
    private mutating func holdLanguage() {
        guard let heldLanguage else { return }
        if driver.state.language != heldLanguage { dispatch(.key(.function(2))) }
        if let counter, counter.state.language != heldLanguage { dispatchToCounter(.key(.function(2))) }
    }

    private mutating func advance(to target: Date) {
        driver.advanceClock(to: target)
        if var counter {
            while let wakeUp = counter.nextWakeUp, wakeUp <= target, wakeUp > counter.state.now {
                counter.dispatch(.tick, now: wakeUp, clock: { wakeUp })
            }
            counter.dispatch(.tick, now: target, clock: { target })
            self.counter = counter
        }
        now = max(now, target)
    }

    private mutating func dispatchToCounter(_ event: CounterEvent) {
        let at = now
        counter?.dispatch(event, now: at, clock: { at })
    }

    /// The console a clerk would open on this store, at the kiosk's size and language.
    private func makeCounter() -> CounterDriver {
        let performer = CounterEffectPerformer(
            database: driver.performer.database, logger: Logger(label: "gongji.replay") { _ in SwiftLogNoOpLogHandler() },
            policy: driver.performer.policy, calendar: calendar, documents: documents)
        var state = CounterState(catalog: driver.state.catalog, isDemoStore: driver.state.isDemoStore, size: driver.state.size, now: now)
        state.language = heldLanguage ?? .chinese
        return CounterDriver(state: state, performer: performer)
    }

    /// The instant a clock step moves to. Working days count from the kiosk's current day at the
    /// same time of day, skipping weekends and official holidays.
    private func target(of advance: ClockAdvance) -> Date {
        switch advance {
        case .seconds(let seconds):
            return now.addingTimeInterval(TimeInterval(seconds))
        case .workingDays(let days):
            let today = CivilDate(now)
            let day = calendar.adding(workingDays: days, to: today)
            let timeOfDay = now.timeIntervalSince(today.startOfDay())
            return day.startOfDay().addingTimeInterval(timeOfDay)
        }
    }

    static func label(of step: KeyScriptStep) -> String {
        switch step {
        case .key(let key, let position): "\(key.scriptToken ?? String(describing: key)) at \(position)"
        case .wait(let milliseconds, let position): "<wait:\(milliseconds)> at \(position)"
        case .advanceClock(let advance, let position): "<clock:\(advance)> at \(position)"
        case .resize(let columns, let rows, let position): "<resize:\(columns)x\(rows)> at \(position)"
        case .caption(let text, let position): "<caption:\(text)> at \(position)"
        case .englishCaption(let text, let position): "<caption-en:\(text)> at \(position)"
        case .expect(let text, let position): "<expect:\(text)> at \(position)"
        case .offstage(let action, let position): "\(action) at \(position)"
        case .station(let station, let position): "<station:\(station.rawValue)> at \(position)"
        }
    }
}
