import FamilyAid
import KioskFrame

/// Adding a member at a counter, step 2: the name as printed on the member's documents, typed by
/// the clerk in place of the kiosk's "is this the person?". The engine compares it with the
/// registry's and the member's verdict says INFO_MISMATCH when they differ.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button.
enum MemberNameScreen: ScreenFeature {
    static let helpKey = "help.member_name"

    static func step(_ state: AppState) -> Step? { Step(current: 2, total: MemberFlow.stepCount(state)) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            ScreenRouter.go(to: .memberIDNumber, &state)
        case .submit:
            MemberFlow.submitTypedName(&state)
        case .focusMoved:
            break
        case .edit(let key):
            guard NameEntry.type(key, into: &form.typedName) else { break }
            form.typedNameMissing = false
            state.session.draft.form = form
            state.focus = FormKey.fieldFocus
        }
        return []
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form, let person = form.lookup.person else { return }
        let text = state.text
        canvas.paragraph(text["member_name.title"], style: .title)
        canvas.skip()
        canvas.labelled(text["confirm.id"], person.id.masked)
        canvas.labelled(text["home.insurance"], MemberVerdictText.insurance(person, text))
        canvas.skip()
        canvas.field(form.typedName, label: text["member_name.label"], width: 24, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.paragraph(text[form.typedNameMissing ? "member_name.missing" : "member_name.hint"], style: form.typedNameMissing ? .error : .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
