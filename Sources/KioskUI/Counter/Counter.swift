import FamilyAid
import Foundation
import KioskFrame

/// The counter console as two pure functions, like the kiosk: `update` turns an event into a new
/// state and the effects to perform, `view` draws a state. The same widgets, catalog and frame;
/// its own screens, because a clerk's work is not a resident's.
public enum Counter {
    public static func update(_ state: inout CounterState, _ event: CounterEvent, now: Date) -> [CounterEffect] {
        state.now = now
        var effects = CounterLock.lockIfIdle(&state)
        switch event {
        case .tick:
            effects += CounterAssist.forward(.tick, &state)
        case .resize(let size):
            state.size = size
            effects += CounterAssist.forward(.resize(size), &state)
        case .key(let key):
            state.lastInputAt = now
            effects += isServing(state) ? CounterAssist.forward(.key(key), &state) : handle(key, &state)
        case .tap(let position):
            state.lastInputAt = now
            effects += isServing(state) ? CounterAssist.forward(.tap(position), &state) : handleTap(at: position, &state)
        case .applicationFound(let found):
            CounterFindScreen.found(found, &state)
        case .kiosk(let answer):
            effects += CounterAssist.forward(answer, &state)
        case .operatorAnswered(let outcome):
            effects += CounterLogin.answered(outcome, &state)
        case .queueLoaded(let page):
            CounterQueueScreen.loaded(page, &state)
        case .applicationLoaded(let application):
            state.work.application = application
            state.work.proofFiles = nil
            state.work.serviceFailed = false
            effects.append(.checkProofFiles(application.members.map { $0.proofs.map(\.sha256) }))
        case .proofFilesChecked(let files):
            state.work.proofFiles = files
        case .decided(let outcome):
            state.work.isDeciding = false
            state.work.outcome = outcome
        case .serviceFailed:
            CounterLogin.serviceFailed(&state)
            state.work.isDeciding = false
            state.work.serviceFailed = true
        }
        return effects
    }

    public static func view(_ state: CounterState) -> Rendering {
        if isServing(state), let resident = state.work.resident { return Kiosk.view(resident) }
        return CounterRenderer.render(state)
    }

    /// The next moment the console changes on its own: when it locks for want of a key, or when
    /// the resident's flows wake up (a held-back answer).
    public static func nextWakeUp(_ state: CounterState) -> Date? {
        [CounterLock.lockTime(state), state.work.resident.flatMap(Kiosk.nextWakeUp)]
            .compactMap { $0 }
            .filter { $0 > state.now }
            .min()
    }

    /// A resident is being served and the console is not locked: keys, taps and the screen are
    /// the resident's flows' (their F1, F2 and F10 included: F10 ends serving that resident).
    static func isServing(_ state: CounterState) -> Bool {
        state.screen == .assisting && !state.isLocked && state.work.resident != nil
    }

    private static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        switch key {
        case .function(2):
            state.language = state.language.other
            return []
        case .function(10):
            // The operator leaves with the console, so the journal says whose session ended.
            return (state.signedIn.map { [CounterEffect.signedOut(operatorID: $0.id)] } ?? []) + [.quit]
        case .control("l"):
            return [.redrawAll]
        default:
            break
        }
        if state.isTooSmall { return [] }
        if state.helpOpen {
            if [.escape, .enter, .function(1)].contains(key) { state.helpOpen = false }
            return []
        }
        if key == .function(1) {
            state.helpOpen = true
            return []
        }
        if state.isLocked { return CounterLockScreen.handle(key, &state) }
        return CounterRouter.feature(for: state.screen).handle(key, &state)
    }

    private static func handleTap(at position: Position, _ state: inout CounterState) -> [CounterEffect] {
        guard let action = view(state).action(at: position) else { return [] }
        switch action {
        case .press(let key):
            return handle(key, &state)
        case .focus(let index):
            // The login and lock forms keep their own focus, so the screen underneath keeps its.
            if state.isLocked {
                state.lock?.focus = index
            } else if state.screen == .login {
                state.login.focus = index
            } else {
                state.focus = index
            }
            return []
        case .activate(let index):
            state.focus = index
            return handle(.enter, &state)
        }
    }
}

/// One screen of the console: how it reads keys and how it draws.
protocol CounterScreenFeature {
    static var helpKey: String { get }
    static func hints(_ state: CounterState) -> [KeyHint]
    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect]
    static func draw(_ state: CounterState, on canvas: inout Canvas)
}

enum CounterRouter {
    static func feature(for screen: CounterScreen) -> any CounterScreenFeature.Type {
        switch screen {
        case .login: CounterLoginScreen.self
        case .home: CounterHomeScreen.self
        case .assisting: CounterAssistScreen.self
        case .find: CounterFindScreen.self
        case .queue: CounterQueueScreen.self
        case .application: CounterApplicationScreen.self
        case .decision: CounterDecisionScreen.self
        case .approve: CounterApproveScreen.self
        case .reject: CounterRejectScreen.self
        case .resolveFlag: CounterResolveFlagScreen.self
        case .confirm: CounterConfirmScreen.self
        case .result: CounterResultScreen.self
        }
    }

    static func go(to screen: CounterScreen, _ state: inout CounterState) {
        state.screen = screen
        state.focus = 0
    }
}

extension KeyHint {
    static let quitConsole = KeyHint("F10", "counter.keys.quit")
}
