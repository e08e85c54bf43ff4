import Foundation
import KioskTerminal
import KioskUI
import Logging

/// The kiosk in a real terminal: paint, wait for a key or the next moment something changes on
/// its own, dispatch, repeat; until a signal (or, outside kiosk mode, a quit) ends it. The
/// terminal is given back on every way out.
public struct TerminalSession {
    var driver: KioskDriver
    let logger: Logger

    public init(driver: KioskDriver, logger: Logger) {
        self.driver = driver
        self.logger = logger
    }

    /// Runs until a signal ends it; returns the signal number, or nil after a quit.
    public mutating func run(on terminal: Terminal) -> Int32? {
        driver.dispatch(.resize(terminal.size), now: Date())
        terminal.paint(Kiosk.view(driver.state).frame)
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
            driver.dispatch(event, now: Date(), beforeEffects: { state in
                terminal.paint(Kiosk.view(state).frame)
            })
            if driver.redrawRequested {
                terminal.redrawEverythingNextTime()
                driver.redrawRequested = false
            }
            terminal.paint(Kiosk.view(driver.state).frame)
        }
    }

    /// How long to wait for a key: until the kiosk's next wake-up, and never more than a second,
    /// so that a signal is noticed promptly.
    private func waitMilliseconds() -> Int32 {
        guard let wakeUp = Kiosk.nextWakeUp(driver.state) else { return 1000 }
        let milliseconds = wakeUp.timeIntervalSinceNow * 1000
        return Int32(min(1000, max(0, milliseconds.rounded(.up))))
    }
}
