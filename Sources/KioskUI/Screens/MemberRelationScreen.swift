import FamilyAid

/// Adding a member, step 3: "this person is my …", a numbered list of the edition's near-relative
/// categories in the words residents use, then 配偶的父母 and "someone else", so a resident who
/// means an in-law or a cousin hears why not instead of finding nothing to choose. Under N24 and
/// N26 the list has ten entries; the tenth is chosen with 0.
enum MemberRelationScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { Step(current: 3, total: MemberFlow.stepCount(state)) }

    static func list(_ state: AppState) -> [RelationChoice] {
        RelationChoice.list(for: state.settings.policy.edition)
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: list(state).count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: MemberFlow.personScreen(state), &state)
            return []
        }
        let list = list(state)
        return ChoiceKey.handle(key, count: list.count, &state) { index, state in
            MemberFlow.chooseRelation(list[index], &state)
            return []
        }
    }

    static func label(_ choice: RelationChoice, _ text: Localizer) -> String {
        switch choice {
        case .category(let category): text["relation_choice.\(category.rawValue)"]
        case .spousesParent: text["relation_choice.spousesParent"]
        case .other: text["relation_choice.other"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let person = state.session.draft.form?.lookup.person else { return }
        canvas.paragraph(state.text("member_relation.title", ["name": person.name.masked]), style: .title)
        canvas.skip()
        canvas.menu(list(state).map { label($0, state.text) }, focused: state.focus, spacing: 1)
    }
}
