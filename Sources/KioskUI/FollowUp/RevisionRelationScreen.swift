import FamilyAid

/// Correcting a rejected member, where the rejection questioned the relation: "this person is
/// my …" again, from the same list as when adding a member, the relation stated before in focus.
enum RevisionRelationScreen: ScreenFeature {
    static let helpKey = "revision.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        [.choose(count: RevisionFlow.relationList(state).count), .confirm, .back]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            RevisionFlow.abandon(&state)
            return []
        }
        let list = RevisionFlow.relationList(state)
        return ChoiceKey.handle(key, count: list.count, &state) { index, state in
            RevisionFlow.chooseRelation(list[index], &state)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let revision = state.session.revision else { return }
        let text = state.text
        canvas.paragraph(text("revision.relation_title", ["name": revision.original.name.masked]), style: .title)
        canvas.skip()
        canvas.paragraph(text("revision.relation_was", [
            "relation": MemberVerdictText.relationName(revision.original.relation, text),
        ]), style: .hint)
        canvas.skip()
        canvas.menu(RevisionFlow.relationList(state).map { MemberRelationScreen.label($0, text) }, focused: state.focus, spacing: 1)
    }
}
