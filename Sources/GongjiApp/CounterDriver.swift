import Foundation
import KioskFrame
import KioskUI

/// Runs the console's update loop around one state, as `KioskDriver` does for the kiosk: applies
/// an event, performs the effects it asks for, and feeds their answers back.
public struct CounterDriver: TerminalDriving {
    public private(set) var state: CounterState
    public let performer: CounterEffectPerformer
    public private(set) var quitRequested = false
    public var redrawRequested = false

    public init(state: CounterState, performer: CounterEffectPerformer) {
        self.state = state
        self.performer = performer
    }

    public mutating func dispatch(_ event: CounterEvent, now: Date, clock: () -> Date = Date.init, repaint: (Frame) -> Void = { _ in }) {
        let pending = Counter.update(&state, event, now: now)
        if !pending.isEmpty { repaint(Counter.view(state).frame) }
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
            update: { Counter.update(&state, $0, now: clock()) })
    }

    public mutating func dispatch(input event: Event, now: Date, repaint: (Frame) -> Void) {
        guard let event = CounterEvent(event) else { return }
        dispatch(event, now: now, repaint: repaint)
    }

    public var frame: Frame { Counter.view(state).frame }
    public var nextWakeUp: Date? { Counter.nextWakeUp(state) }
}
