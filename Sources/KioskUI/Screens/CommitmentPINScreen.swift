import FamilyAid
import KioskFrame

/// Signing the commitment letter: the card PIN once more, checked by the store like a sign-in
/// (wrong tries count toward the same lock). A wrong PIN says so and keeps everything else.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button.
enum CommitmentPINScreen: ScreenFeature {
    static let helpKey = "help.letter"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if state.session.letter.checking { return [] }
        switch FormKey.interpret(key, &state) {
        case .back:
            state.session.letter.pin.clear()
            state.session.letter.pinNotice = nil
            ScreenRouter.go(to: .commitmentLetter, &state)
        case .submit:
            return LetterFlow.submitPIN(&state)
        case .focusMoved:
            break
        case .edit(.character(let character)):
            state.focus = FormKey.fieldFocus
            guard let digit = IdentityNumberScreen.normalizedInput(character), digit.isASCII, digit.isNumber else {
                state.session.letter.pinNotice = .digitsOnly
                return []
            }
            state.session.letter.pin.insert(digit)
            state.session.letter.pinNotice = nil
        case .edit(let key):
            if state.session.letter.pin.apply(key) { state.focus = FormKey.fieldFocus }
        }
        return []
    }

    static func notice(_ state: AppState) -> String? {
        switch state.session.letter.pinNotice {
        case nil: nil
        case .incomplete: state.text["identity_pin.incomplete"]
        case .digitsOnly: state.text["identity_pin.digits_only"]
        case .refused(let remaining): state.text("letter.pin_refused", ["remaining": "\(remaining)"])
        case .serviceUnavailable: state.text["service.unavailable"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        canvas.paragraph(text["letter.pin_title"], style: .title)
        canvas.skip()
        canvas.paragraph(text["letter.pin_why"], style: .hint)
        canvas.skip()
        canvas.field(state.session.letter.pin, label: text["identity_pin.label"], width: 10, masked: true,
                     isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        if state.session.letter.checking {
            canvas.paragraph(text["letter.pin_checking"], style: .hint)
        } else if let notice = notice(state) {
            canvas.paragraph(notice, style: .error)
        } else {
            canvas.paragraph(text["identity_pin.hint"], style: .hint)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
