import FamilyAid
import Foundation
import KioskFrame
import KioskUI

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
        public let expected: String
        public let screen: String

        public var description: String {
            "line \(position.line), column \(position.column): expected \"\(expected)\" on the screen, but it is not there"
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
    var now: Date

    /// `calendar` counts `<clock:+Nwd>` steps: the one loaded from `screens/`, so a replay skips
    /// the same holidays as the kiosk.
    public init(driver: KioskDriver, calendar: WorkingDayCalendar) {
        self.driver = driver
        self.calendar = calendar
        now = driver.state.now
    }

    /// Runs every step; stops at the first `<expect:…>` that fails. With `everyFrame`, keeps the
    /// screen after each step.
    public mutating func run(_ script: KeyScript, everyFrame: Bool = false) -> Result {
        var snapshots: [Snapshot] = []
        var caption: String?
        for step in script.steps {
            switch step {
            case .key(let key, _):
                dispatch(.key(key))
            case .wait(let milliseconds, _):
                advance(to: now.addingTimeInterval(Double(milliseconds) / 1000))
            case .advanceClock(let advance, _):
                self.advance(to: target(of: advance))
            case .resize(let columns, let rows, _):
                dispatch(.resize(Size(columns: columns, rows: rows)))
            case .caption(let text, _):
                caption = text
            case .expect(let text, let position):
                let frame = Kiosk.view(driver.state).frame
                if !frame.contains(text) {
                    return Result(finalFrame: frame, snapshots: snapshots,
                                  failure: Failure(position: position, expected: text, screen: frame.text), state: driver.state)
                }
            }
            if everyFrame {
                snapshots.append(Snapshot(label: Replay.label(of: step), frame: Kiosk.view(driver.state).frame, caption: caption))
            }
        }
        return Result(finalFrame: Kiosk.view(driver.state).frame, snapshots: snapshots, failure: nil, state: driver.state)
    }

    private mutating func dispatch(_ event: Event) {
        let at = now
        driver.dispatch(event, now: at, clock: { at })
    }

    private mutating func advance(to target: Date) {
        driver.advanceClock(to: target)
        now = max(now, target)
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
        case .expect(let text, let position): "<expect:\(text)> at \(position)"
        }
    }
}
