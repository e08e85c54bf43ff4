import FamilyAid

/// Adding a member, step 2: "is this the person?" with what the registry says (the name masked,
/// the insurance, the area), or, for a number the registry does not know, that this person
/// cannot be added at a kiosk and where to go instead.
enum MemberPersonScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { Step(current: 2, total: MemberFlow.stepCount(state)) }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .memberIDNumber, &state)
            return []
        }
        let isKnown = state.session.draft.form?.lookup.person != nil
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            switch (index, isKnown) {
            case (0, true): MemberFlow.confirmPerson(&state)
            case (0, false), (1, true): ScreenRouter.go(to: .memberIDNumber, &state)
            default:
                // Giving up on a person the registry does not know: nothing is left to resume.
                state.session.draft.form = nil
                ScreenRouter.go(to: .memberList, &state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form else { return }
        let text = state.text
        switch form.lookup {
        case .known(let person):
            canvas.paragraph(text["member_person.title"], style: .title)
            canvas.skip()
            canvas.labelled(text["confirm.name"], person.name.masked, style: .title)
            canvas.labelled(text["confirm.id"], person.id.masked)
            canvas.labelled(text["home.insurance"], MemberVerdictText.insurance(person, text))
            canvas.labelled(text["home.region"], person.region.code)
            canvas.skip()
            canvas.menu([text["member_person.is_them"], text["member_person.not_them"]], focused: state.focus)
        case .unknown(let id):
            canvas.paragraph(text["member_person.unknown_title"], style: .title)
            canvas.skip()
            canvas.labelled(text["confirm.id"], id.masked)
            canvas.skip()
            canvas.paragraph(text["member_person.unknown_body"], style: .error)
            canvas.skip()
            canvas.menu([text["member_person.retype"], text["members.back_to_list"]], focused: state.focus)
        case .notAsked, .pending, .failed:
            canvas.paragraph(text["member_id.looking_up"], style: .hint)
        }
    }
}
