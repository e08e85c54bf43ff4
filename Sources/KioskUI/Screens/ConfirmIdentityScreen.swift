import FamilyAid

/// Step 3: "is this you?" with the masked name, so a resident who typed a relative's number by
/// mistake stops here.
enum ConfirmIdentityScreen: ScreenFeature {
    static let helpKey = "help.confirm_identity"

    static func step(_ state: AppState) -> Step? { Step(current: 3, total: 3) }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ChoiceKey.handle(key, count: 2, &state) { index, state in
            guard index == 0 else { return Kiosk.endSession(&state, reason: .notThisPerson) }
            ScreenRouter.go(to: .home, &state)
            return InvitationFlow.load(state) + TrackingFlow.load(state)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let person = state.session.person else { return }
        canvas.paragraph(state.text["confirm.title"], style: .title)
        canvas.skip()
        canvas.labelled(state.text["confirm.name"], person.name.masked, style: .title)
        canvas.labelled(state.text["confirm.id"], person.id.masked)
        canvas.skip()
        canvas.menu([state.text["confirm.is_me"], state.text["confirm.not_me"]], focused: state.focus)
    }
}
