import FamilyAid
import KioskFrame

/// Adding a member, step 4: the member's mobile number, for the invitation to confirm and the
/// result. Digits only (a +86 prefix, spaces and hyphens are tolerated); a bad number is said in
/// words under the field. Enter with a good number completes the member, or goes on to the
/// guardian where a parent or guardian must confirm (`GuardianFlow`).
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button.
enum MemberMobileScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { Step(current: 4, total: MemberFlow.stepCount(state)) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            MemberFlow.backFromMobile(&state)
            return []
        case .submit:
            MemberFlow.submitMobile(&state)
            return []
        case .focusMoved:
            return []
        case .edit(.character(let character)):
            state.focus = FormKey.fieldFocus
            guard let typed = normalizedInput(character) else {
                form.mobileNotice = .digitsOnly
                state.session.draft.form = form
                return []
            }
            form.mobile.insert(typed)
        case .edit(let key):
            guard form.mobile.apply(key) else { return [] }
            state.focus = FormKey.fieldFocus
        }
        form.mobileNotice = nil
        state.session.draft.form = form
        return []
    }

    /// Digits (full-width ones become ordinary), and the + of +86; nil for anything else.
    static func normalizedInput(_ character: Character) -> Character? {
        if character == "+" { return character }
        guard let typed = IdentityNumberScreen.normalizedInput(character), typed.isASCII, typed.isNumber else { return nil }
        return typed
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form, let person = form.lookup.person else { return }
        let text = state.text
        canvas.paragraph(text("member_mobile.title", ["name": person.name.masked]), style: .title)
        canvas.skip()
        canvas.field(form.mobile, label: text["member_mobile.label"], width: 20, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        switch form.mobileNotice {
        case nil: canvas.paragraph(text["member_mobile.hint"], style: .hint)
        case .empty: canvas.paragraph(text["member_mobile.empty"], style: .error)
        case .invalid: canvas.paragraph(text["member_mobile.invalid"], style: .error)
        case .digitsOnly: canvas.paragraph(text["member_mobile.digits_only"], style: .error)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
