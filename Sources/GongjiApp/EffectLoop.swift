import Foundation

/// How a driver works through what one event asked for: effects in order, each answer fed back
/// to `update` and the effects it returns queued behind the rest, until nothing is left. The kiosk
/// and the console share it, so both keep the same order whatever happens.
enum EffectLoop {
    static func drain<Effect, Answer>(
        _ pending: [Effect], observe: (Effect) -> Void, perform: (Effect) -> Answer?, update: (Answer) -> [Effect]
    ) {
        var pending = pending
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            observe(effect)
            if let answer = perform(effect) { pending += update(answer) }
        }
    }
}
