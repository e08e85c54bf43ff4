import FamilyAid
import Foundation

/// Too many wrong tries: the ID number is locked for a while. Says until when, and where else the
/// resident can go. Any confirming key ends the session.
enum SignInLockedScreen: ScreenFeature {
    static let helpKey = "help.locked"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 1), .confirm] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .enter, .escape, .character("1"): Kiosk.endSession(&state, reason: .locked)
        default: []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["locked.title"], style: .error)
        canvas.skip()
        let until = state.session.lockedUntil.map { ClockText.timeOfDay($0) } ?? ""
        canvas.paragraph(state.text("locked.body", ["time": until]))
        canvas.skip()
        canvas.menu([state.text["locked.back"]], focused: 0)
    }
}

/// Instants as a resident reads them: local time in Asia/Shanghai.
enum ClockText {
    static func timeOfDay(_ instant: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .shanghai
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }
}
