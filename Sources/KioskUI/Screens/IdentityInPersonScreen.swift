import FamilyAid
import KioskFrame

/// Step 2 of identity at a counter, in place of the PIN: the clerk types the name as printed on
/// the resident's ID card and ticks 原件已核验 once the original is in hand and is this person's.
/// The store then checks the name against the registry's for the number (INFO_MISMATCH when they
/// differ). A name never holds a digit, so 1 ticks and unticks wherever the focus is.
///
/// Focus 0 is the name field, 1 the confirm button, 2 the back button.
enum IdentityInPersonScreen: ScreenFeature {
    static let helpKey = "help.identity_in_person"

    static func step(_ state: AppState) -> Step? { Step(current: 2, total: 2) }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 1), .confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard !state.session.inPerson.checking else { return [] }
        switch FormKey.interpret(key, &state) {
        case .back:
            state.session.inPerson = InPersonCheck()
            ScreenRouter.go(to: .identityNumber, &state)
        case .submit:
            return submit(&state)
        case .focusMoved:
            break
        case .edit(.character("1")):
            state.session.inPerson.originalChecked.toggle()
            state.session.inPerson.notice = nil
        case .edit(let key):
            if NameEntry.type(key, into: &state.session.inPerson.name) {
                state.focus = FormKey.fieldFocus
                state.session.inPerson.notice = nil
            }
        }
        return []
    }

    static func submit(_ state: inout AppState) -> [Effect] {
        guard let id = state.session.residentID else {
            ScreenRouter.go(to: .identityNumber, &state)
            return []
        }
        let name = PersonName(state.session.inPerson.name.text)
        guard !name.text.isEmpty else {
            state.session.inPerson.notice = .nameMissing
            state.focus = FormKey.fieldFocus
            return []
        }
        guard state.session.inPerson.originalChecked else {
            state.session.inPerson.notice = .originalNotChecked
            return []
        }
        state.session.inPerson.notice = nil
        state.session.inPerson.checking = true
        return [.verifyInPerson(id, name: name)]
    }

    /// The store's answer: the resident found under that name goes straight to their home menu
    /// (the clerk has looked at the original, so nobody need say "this is me"); a mismatch or an
    /// unknown number is said, and the name stays for correcting.
    static func answered(_ outcome: InPersonOutcome, _ state: inout AppState) -> [Effect] {
        guard state.screen == .identityInPerson, state.session.inPerson.checking else { return [] }
        state.session.inPerson.checking = false
        switch outcome {
        case .verified(let person):
            state.session.inPerson = InPersonCheck()
            state.session.person = person
            ScreenRouter.go(to: .home, &state)
            return InvitationFlow.load(state) + TrackingFlow.load(state)
        case .nameMismatch:
            state.session.inPerson.notice = .nameMismatch
        case .notInRegistry:
            state.session.inPerson.notice = .notInRegistry
        }
        state.focus = FormKey.fieldFocus
        return []
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.inPerson.checking else { return }
        state.session.inPerson.checking = false
        state.session.inPerson.notice = .serviceUnavailable
    }

    static func notice(_ state: AppState) -> String? {
        switch state.session.inPerson.notice {
        case nil: nil
        case .nameMissing: state.text["in_person.name_missing"]
        case .originalNotChecked: state.text["in_person.not_checked"]
        case .nameMismatch: state.text["in_person.name_mismatch"]
        case .notInRegistry: state.text["in_person.not_in_registry"]
        case .serviceUnavailable: state.text["service.unavailable"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let check = state.session.inPerson
        canvas.paragraph(text["in_person.title"], style: .title)
        canvas.skip()
        if let id = state.session.residentID {
            canvas.labelled(text["identity_pin.id_label"], id.masked)
            canvas.skip()
        }
        canvas.field(check.name, label: text["in_person.name_label"], width: 24, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.menu([text[check.originalChecked ? "in_person.checked" : "in_person.not_checked_mark"]], focused: nil)
        if check.checking {
            canvas.paragraph(text["in_person.checking"], style: .hint)
        } else if let notice = notice(state) {
            canvas.paragraph(notice, style: .error)
        } else {
            canvas.paragraph(text["in_person.hint"], style: .hint)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
