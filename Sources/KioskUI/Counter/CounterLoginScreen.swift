/// The console's first screen: an operator ID and a password (masked). A wrong password says how
/// many tries remain; the fifth locks the operator.
enum CounterLoginScreen: CounterScreenFeature {
    static let helpKey = "counter.help.login"

    static func hints(_ state: CounterState) -> [KeyHint] { [.confirm, .next] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        CounterLogin.handle(key, &state.login)
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["counter.login.title"], style: .title)
        canvas.skip()
        canvas.paragraph(state.text["counter.login.intro"])
        canvas.skip()
        CounterLogin.drawForm(state.login, state.text, on: &canvas)
    }
}
