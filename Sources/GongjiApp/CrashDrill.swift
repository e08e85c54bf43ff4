import Foundation
import KioskFrame
import KioskTerminal

/// A crash on purpose, for whoever installs a kiosk: the terminal taken as the kiosk takes it,
/// its screen kept painted (through resizes, as the kiosk keeps it), then a trap where a bug
/// would have one. Under `scripts/kiosk-supervisor` it shows that the backtrace goes to the log,
/// never to the screen, that the terminal comes back and that the kiosk starts again.
public enum CrashDrill {
    /// Returns only when SIGINT, SIGTERM or SIGHUP came first: the drill then ends as the kiosk
    /// does, with the terminal given back.
    /// `message` is what the screen says meanwhile (`crash_drill.screen` in screens/).
    public static func run(environment: [String: String], after seconds: Double, message: String) throws {
        let terminal = try Terminal(environment: environment)
        let crashAt = Date().addingTimeInterval(max(0, seconds))
        repeat {
            var frame = Frame(size: terminal.size)
            frame.write(message, at: Position(row: 1, column: 2))
            terminal.paint(frame)
            // Keys are read and dropped; a resize comes back this way too, and the next paint
            // fills the new size.
            _ = terminal.read(timeout: 100)
            if terminal.takePendingSignal() != nil {
                terminal.stop()
                return
            }
        } while Date() < crashAt
        fatalError("crash drill: a deliberate crash")
    }
}
