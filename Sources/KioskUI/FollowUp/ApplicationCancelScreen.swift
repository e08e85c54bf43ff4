/// "Withdraw this member?": a withdrawal cannot be undone, so it is asked once more.
enum ApplicationCancelScreen: ScreenFeature {
    static let helpKey = "tracking.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .applicationMember, &state)
            return []
        }
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 { return TrackingFlow.act(.cancel, &state) }
            ScreenRouter.go(to: .applicationMember, &state)
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let member = TrackingFlow.member(state) else { return }
        let text = state.text
        canvas.paragraph(text("tracking_cancel.title", [
            "name": member.details.name.masked, "relation": MemberVerdictText.relationName(member.details.relation, text),
        ]), style: .title)
        canvas.skip()
        canvas.paragraph(text["tracking_cancel.body"])
        canvas.skip()
        canvas.menu([text["tracking_cancel.cancel"], text["tracking_cancel.keep"]], focused: state.focus)
    }
}
