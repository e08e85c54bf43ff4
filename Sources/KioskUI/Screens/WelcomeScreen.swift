import KioskFrame

/// The first screen a resident sees: what this kiosk does, and the two choices.
enum WelcomeScreen: ScreenFeature {
    static let helpKey = "help.welcome"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm] }

    static func labels(_ state: AppState) -> [String] {
        [state.text["welcome.start"], state.text["welcome.switch_language"]]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 {
                ScreenRouter.go(to: .identityNumber, &state)
            } else {
                state.language = state.language.other
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.skip()
        canvas.paragraph(state.text["welcome.heading"], style: .title)
        canvas.skip()
        canvas.paragraph(state.text["welcome.intro"])
        canvas.skip()
        canvas.menu(labels(state), focused: state.focus)
        canvas.paragraph(state.text["welcome.not_family_account"], style: .hint)
    }
}
