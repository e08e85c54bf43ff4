import FamilyAid
import KioskFrame

/// Adding a member, step 1: the member's ID number, validated as it is typed exactly like the
/// resident's own; Enter looks the person up in the registry.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button (to the member list, keeping
/// what was typed).
enum MemberIDNumberScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { Step(current: 1, total: MemberFlow.stepCount(state)) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            ScreenRouter.go(to: .memberList, &state)
            return []
        case .submit:
            return MemberFlow.submitIDNumber(&state)
        case .focusMoved:
            return []
        case .edit(let key):
            guard IdentityNumberScreen.type(key, into: &form.idNumber, &state) else { return [] }
        }
        form.idNumberSubmitted = false
        if form.lookup == .failed { form.lookup = .notAsked }
        state.session.draft.form = form
        return []
    }

    /// A relative's card held to the reader: the number typed in whole and confirmed.
    static func acceptReaderInput(_ number: String, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else { return [] }
        form.idNumber = IdentityNumberScreen.field(fromReader: number)
        if form.lookup == .failed { form.lookup = .notAsked }
        state.session.draft.form = form
        return MemberFlow.submitIDNumber(&state)
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form else { return }
        let text = state.text
        canvas.paragraph(text[form.editing == nil ? "member_id.title" : "member_id.title_edit"], style: .title)
        canvas.skip()
        canvas.field(form.idNumber, label: text["member_id.label"], width: IdentityNumberScreen.fieldWidth,
                     isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        switch form.lookup {
        case .pending:
            canvas.paragraph(text["member_id.looking_up"], style: .hint)
        case .failed:
            canvas.paragraph(text["member_id.lookup_failed"], style: .error)
        default:
            if let (message, style) = IdentityNumberScreen.feedback(typed: form.idNumber.text, submitted: form.idNumberSubmitted, state) {
                canvas.paragraph(message, style: style)
            } else {
                canvas.paragraph(text["identity_number.hint"], style: .hint)
            }
        }
        canvas.skip()
        canvas.paragraph(text["member_id.note"], style: .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
