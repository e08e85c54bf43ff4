import FamilyAid

/// Correcting a rejected member's relation, continued: how the tie came about, as when adding.
enum RevisionTieScreen: ScreenFeature {
    static let helpKey = "revision.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: TieChoice.allCases.count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            RevisionFlow.showRelation(&state)
            return []
        }
        return ChoiceKey.handle(key, count: TieChoice.allCases.count, &state) { index, state in
            RevisionFlow.chooseTie(TieChoice.allCases[index], &state)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard case .category(let category)? = state.session.revision?.relation else { return }
        MemberTieScreen.drawQuestion(for: category, state, on: &canvas)
    }
}
