/// The console's place for a resident being served: the resident's flows read the keys and draw
/// the screen themselves (see `Counter.isServing`); this is only what shows should they be gone.
enum CounterAssistScreen: CounterScreenFeature {
    static let helpKey = "counter.help.home"

    static func hints(_ state: CounterState) -> [KeyHint] { [] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        if state.work.resident == nil { CounterRouter.go(to: .home, &state) }
        return []
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["counter.loading"], style: .hint)
    }
}
