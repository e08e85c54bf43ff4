/// "Remove this member from the list?": one decision, so a slip of the finger loses nothing.
enum MemberRemoveScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .memberVerdict, &state)
            return []
        }
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 {
                MemberFlow.remove(state.session.draft.selected, &state)
            } else {
                ScreenRouter.go(to: .memberVerdict, &state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let draft = state.session.draft
        guard draft.members.indices.contains(draft.selected) else { return }
        let member = draft.members[draft.selected]
        let text = state.text
        canvas.paragraph(text("member_remove.title", [
            "name": member.person.name.masked, "relation": MemberVerdictText.relationName(member.relation, text),
        ]), style: .title)
        canvas.skip()
        canvas.paragraph(text["member_remove.body"])
        canvas.skip()
        canvas.menu([text["member_remove.remove"], text["member_remove.keep"]], focused: state.focus)
    }
}
