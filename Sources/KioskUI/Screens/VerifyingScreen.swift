/// While the store checks the PIN (and while a refusal is held back so that every refusal takes
/// the same time): nothing to do but wait.
enum VerifyingScreen: ScreenFeature {
    static let helpKey = "help.verifying"

    static func step(_ state: AppState) -> Step? { Step(current: 2, total: 3) }

    static func hints(_ state: AppState) -> [KeyHint] { [] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] { [] }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.skip(3)
        canvas.paragraph(state.text["verifying.body"], style: .title)
    }
}
