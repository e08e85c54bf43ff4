/// Over whatever was on screen when the console locked for want of a key: the work is hidden
/// until the same operator's password is typed again. Another operator may sign in instead,
/// which discards the first one's unsaved input.
enum CounterLockScreen {
    static let helpKey = "counter.help.lock"

    static func hints(_ state: CounterState) -> [KeyHint] { [.confirm, .next] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        guard var form = state.lock else { return [] }
        let effects = CounterLogin.handle(key, &form)
        state.lock = form
        return effects
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let form = state.lock else { return }
        canvas.paragraph(state.text["counter.lock.title"], style: .title)
        canvas.skip()
        canvas.paragraph(state.text("counter.lock.body", ["operator": state.signedIn?.id ?? ""]))
        canvas.skip()
        CounterLogin.drawForm(form, state.text, on: &canvas)
    }
}
