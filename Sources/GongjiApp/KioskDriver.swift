import Foundation
import KioskUI

/// Runs the kiosk's update loop around one state: applies an event, performs the effects it asks
/// for, and feeds their answers back until nothing is left to do. The terminal session and the
/// headless replay both drive the kiosk through this, so they cannot behave differently.
public struct KioskDriver {
    public private(set) var state: AppState
    public let performer: EffectPerformer
    /// Set once an effect asked the program to end (counter and demo modes).
    public private(set) var quitRequested = false
    /// Set when the screen must be repainted from scratch; whoever paints clears it.
    public var redrawRequested = false

    public init(state: AppState, performer: EffectPerformer) {
        self.state = state
        self.performer = performer
    }

    /// Applies `event` at `now`, then everything that follows from it; answers to effects arrive
    /// at `clock()` (the real time after a slow store call, or a replay's virtual time).
    /// `beforeEffects` runs after the state changed and before slow effects start, so the screen
    /// can show "please wait".
    public mutating func dispatch(
        _ event: Event, now: Date, clock: () -> Date = Date.init, beforeEffects: (AppState) -> Void = { _ in }
    ) {
        let pending = Kiosk.update(&state, event, now: now)
        if !pending.isEmpty { beforeEffects(state) }
        EffectLoop.drain(
            pending,
            observe: { effect in
                switch effect {
                case .quit: quitRequested = true
                case .redrawAll: redrawRequested = true
                default: break
                }
            },
            perform: { performer.perform($0, now: clock()) },
            update: { Kiosk.update(&state, $0, now: clock()) })
    }

    /// Lets time pass up to `target`, stopping at every moment the kiosk wanted to wake up (the
    /// idle countdown, a held-back refusal) so that each happens in order.
    public mutating func advanceClock(to target: Date) {
        while let wakeUp = Kiosk.nextWakeUp(state), wakeUp <= target {
            dispatch(.tick, now: wakeUp, clock: { wakeUp })
        }
        if state.now < target { dispatch(.tick, now: target, clock: { target }) }
    }
}
