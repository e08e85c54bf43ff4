import Foundation

/// The walk-away rule: after `idleAfter` without a key, a countdown asks whether the resident is
/// still there; when it runs out the session ends and everything typed is discarded. At a counter
/// the console's own lock hides the resident's data instead: the clerk, not the resident, may
/// step away, and the resident's session must survive it.
enum IdleWatch {
    static func isWatching(_ state: AppState) -> Bool {
        state.hasActiveSession && !state.settings.isAtCounter
    }

    static func countdownStart(_ state: AppState) -> Date {
        state.lastInputAt.addingTimeInterval(state.settings.idleAfter)
    }

    static func sessionEnd(_ state: AppState) -> Date {
        countdownStart(state).addingTimeInterval(state.settings.countdown)
    }

    /// Seconds left on the countdown, or nil while it is not running.
    static func secondsLeft(_ state: AppState) -> Int? {
        guard isWatching(state), state.now >= countdownStart(state) else { return nil }
        let left = sessionEnd(state).timeIntervalSince(state.now)
        return max(0, Int(left.rounded(.up)))
    }

    static func hasExpired(_ state: AppState) -> Bool {
        isWatching(state) && state.now >= sessionEnd(state)
    }

    /// When the runtime must wake up next for the idle rule: the countdown's start, each of its
    /// seconds (the number on screen changes), and its end.
    static func nextWakeUp(_ state: AppState) -> Date? {
        guard isWatching(state) else { return nil }
        let start = countdownStart(state)
        if state.now < start { return start }
        let end = sessionEnd(state)
        let elapsed = state.now.timeIntervalSince(start)
        let nextSecond = start.addingTimeInterval(elapsed.rounded(.down) + 1)
        return min(nextSecond, end)
    }
}
