import Foundation
import KioskFrame
import KioskTerminal
import KioskUI
import Logging

/// What the terminal loop drives: the kiosk, or the counter console. It takes the input events
/// the terminal produced, says what to paint and when it wants to wake up on its own.
public protocol TerminalDriving {
    /// Applies an input event (or a tick) at `now`; `repaint` shows "please wait" before slow effects.
    mutating func dispatch(input event: Event, now: Date, repaint: (Frame) -> Void)
    var frame: Frame { get }
    var nextWakeUp: Date? { get }
    var quitRequested: Bool { get }
    var redrawRequested: Bool { get set }
}

extension KioskDriver: TerminalDriving {
    public mutating func dispatch(input event: Event, now: Date, repaint: (Frame) -> Void) {
        dispatch(event, now: now, beforeEffects: { state in repaint(Kiosk.view(state).frame) })
    }

    public var frame: Frame { Kiosk.view(state).frame }
    public var nextWakeUp: Date? { Kiosk.nextWakeUp(state) }
}

/// The kiosk in a real terminal: paint, wait for a key or the next moment something changes on
/// its own, dispatch, repeat; until a signal (or, outside kiosk mode, a quit) ends it. The
/// terminal is given back on every way out.
public struct TerminalSession<Driver: TerminalDriving> {
    var driver: Driver
    let logger: Logger

    public init(driver: Driver, logger: Logger) {
        self.driver = driver
        self.logger = logger
    }

    /// Runs until a signal ends it; returns the signal number, or nil after a quit.
    public mutating func run(on terminal: Terminal) -> Int32? {
        driver.dispatch(input: .resize(terminal.size), now: Date(), repaint: { _ in })
        terminal.paint(driver.frame)
        while true {
            if let signal = terminal.takePendingSignal() {
                logger.notice("stopping on signal \(signal)")
                return signal
            }
            if driver.quitRequested { return nil }
            let input = terminal.read(timeout: waitMilliseconds())
            if let signal = terminal.takePendingSignal() {
                logger.notice("stopping on signal \(signal)")
                return signal
            }
            let event = input.map(InputMapping.event) ?? .tick
            driver.dispatch(input: event, now: Date(), repaint: { frame in terminal.paint(frame) })
            if driver.redrawRequested {
                terminal.redrawEverythingNextTime()
                driver.redrawRequested = false
            }
            terminal.paint(driver.frame)
        }
    }

    /// How long to wait for a key: until the kiosk's next wake-up, and never more than a second,
    /// so that a signal is noticed promptly.
    private func waitMilliseconds() -> Int32 {
        guard let wakeUp = driver.nextWakeUp else { return 1000 }
        let milliseconds = wakeUp.timeIntervalSinceNow * 1000
        return Int32(min(1000, max(0, milliseconds.rounded(.up))))
    }
}
