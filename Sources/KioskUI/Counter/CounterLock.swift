import Foundation

/// The walk-away rule of the console: after `lockAfter` without a key, the console locks and the
/// operator's work is hidden until their password is typed again (or another operator signs in).
enum CounterLock {
    /// When the console locks if no key comes; nil while nobody is signed in or it is locked.
    static func lockTime(_ state: CounterState) -> Date? {
        guard state.signedIn != nil, !state.isLocked else { return nil }
        return state.lastInputAt.addingTimeInterval(state.settings.lockAfter)
    }

    static func lockIfIdle(_ state: inout CounterState) -> [CounterEffect] {
        guard let at = lockTime(state), state.now >= at, let signedIn = state.signedIn else { return [] }
        var form = LoginForm()
        form.operatorID = TextField(signedIn.id, capacity: 32)
        form.focus = 1
        state.lock = form
        state.helpOpen = false
        return [.locked(operatorID: signedIn.id)]
    }
}
