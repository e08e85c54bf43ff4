import FamilyAid

/// Adding a member, step 3 continued, for every category but the spouse: how the tie came about
/// (by birth, adoption, or a step tie with maintenance), which decides the documents that prove
/// it. A step tie without maintenance is offered too, so the resident hears that it does not count.
enum MemberTieScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { Step(current: 3, total: MemberFlow.stepCount(state)) }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: TieChoice.allCases.count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            MemberFlow.confirmPerson(&state)
            return []
        }
        return ChoiceKey.handle(key, count: TieChoice.allCases.count, &state) { index, state in
            MemberFlow.chooseTie(TieChoice.allCases[index], &state)
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard case .category(let category)? = state.session.draft.form?.relation else { return }
        drawQuestion(for: category, state, on: &canvas)
    }

    /// "How did the tie come about?" for `category`, with the ties to choose from; also asked
    /// when a refused member's relation is corrected.
    static func drawQuestion(for category: KinshipCategory, _ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        canvas.paragraph(text("member_tie.title", ["relation": text["relation.\(category.rawValue)"]]), style: .title)
        canvas.skip()
        canvas.paragraph(text["member_tie.why"], style: .hint)
        canvas.skip()
        canvas.menu(TieChoice.allCases.map { text["tie_choice.\($0.rawValue)"] }, focused: state.focus)
    }
}
