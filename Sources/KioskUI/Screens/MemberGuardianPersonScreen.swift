import FamilyAid

/// Adding a member under 16, step 5 continued: "is this the guardian?" with the registry's masked
/// name and number. Yes completes the member, with the guardian who will confirm; no goes back
/// to the number, as typed.
enum MemberGuardianPersonScreen: ScreenFeature {
    static let helpKey = "help.guardian"

    static func step(_ state: AppState) -> Step? { Step(current: 5, total: 5) }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .memberGuardian, &state)
            return []
        }
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 {
                GuardianFlow.confirm(&state)
            } else {
                ScreenRouter.go(to: .memberGuardian, &state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form, let member = form.lookup.person else { return }
        let text = state.text
        guard let guardian = form.guardian.lookup.person else {
            canvas.paragraph(text["member_id.looking_up"], style: .hint)
            return
        }
        canvas.paragraph(text("member_guardian_person.title", ["name": member.name.masked]), style: .title)
        canvas.skip()
        canvas.labelled(text["confirm.name"], guardian.name.masked, style: .title)
        canvas.labelled(text["confirm.id"], guardian.id.masked)
        canvas.skip()
        canvas.paragraph(text("member_guardian_person.body", ["name": member.name.masked, "guardian": guardian.name.masked]))
        canvas.skip()
        canvas.menu([text["member_guardian_person.is_them"], text["member_guardian_person.not_them"]], focused: state.focus)
    }
}
