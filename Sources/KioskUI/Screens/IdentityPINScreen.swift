import KioskFrame

/// Step 2 of identity check: the six-digit card PIN, masked. Focus 0 is the field, 1 the confirm
/// button, 2 the back button.
enum IdentityPINScreen: ScreenFeature {
    static let helpKey = "help.identity_pin"
    static let pinLength = 6

    static func step(_ state: AppState) -> Step? { Step(current: 2, total: 3) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch FormKey.interpret(key, &state) {
        case .back:
            back(&state)
        case .submit:
            return submit(&state)
        case .focusMoved:
            break
        case .edit(.character(let character)):
            state.focus = FormKey.fieldFocus
            guard let digit = IdentityNumberScreen.normalizedInput(character), digit.isASCII, digit.isNumber else {
                state.session.pinNotice = .digitsOnly
                return []
            }
            state.session.pin.insert(digit)
            state.session.pinNotice = nil
        case .edit(let key):
            if state.session.pin.apply(key) { state.focus = FormKey.fieldFocus }
        }
        return []
    }

    /// Back to the ID number, which stays as typed; the PIN never outlives its screen.
    static func back(_ state: inout AppState) {
        state.session.pin.clear()
        state.session.pinNotice = nil
        ScreenRouter.go(to: .identityNumber, &state)
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard let id = state.session.residentID else {
            ScreenRouter.go(to: .identityNumber, &state)
            return []
        }
        guard state.session.pin.graphemes.count == pinLength else {
            state.session.pinNotice = .incomplete
            state.focus = 0
            return []
        }
        let pin = state.session.pin.text
        state.session.pin.clear()
        state.session.pinNotice = nil
        state.session.pendingSignIn = PendingSignIn(requestedAt: state.now)
        ScreenRouter.go(to: .verifying, &state)
        return [.signIn(id, pin: pin)]
    }

    static func notice(_ state: AppState) -> String? {
        switch state.session.pinNotice {
        case nil: nil
        case .incomplete: state.text["identity_pin.incomplete"]
        case .digitsOnly: state.text["identity_pin.digits_only"]
        case .refused(let remaining): state.text("identity_pin.refused", ["remaining": "\(remaining)"])
        case .serviceUnavailable: state.text["service.unavailable"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["identity_pin.title"], style: .title)
        canvas.skip()
        if let id = state.session.residentID {
            canvas.labelled(state.text["identity_pin.id_label"], id.masked)
            canvas.skip()
        }
        canvas.field(state.session.pin, label: state.text["identity_pin.label"], width: 10, masked: true, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        if let notice = notice(state) {
            canvas.paragraph(notice, style: .error)
        } else {
            canvas.paragraph(state.text["identity_pin.hint"], style: .hint)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([state.text["button.confirm"], state.text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
