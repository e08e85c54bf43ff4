import FamilyAid
import KioskFrame

/// Step 1 of identity check: the ID number, validated as it is typed.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button. Digits always go to the field
/// (a PIN pad has nothing else), `*` types the check character X, full-width digits become
/// ordinary ones, so whatever keyboard or input method is at hand works.
enum IdentityNumberScreen: ScreenFeature {
    static let helpKey = "help.identity_number"
    static let fieldWidth = 24

    static func step(_ state: AppState) -> Step? { Step(current: 1, total: 3) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch FormKey.interpret(key, &state) {
        case .back:
            ScreenRouter.go(to: .welcome, &state)
        case .submit:
            submit(&state)
        case .focusMoved:
            break
        case .edit(let key):
            var field = state.session.idNumber
            if type(key, into: &field, &state) {
                state.session.idNumber = field
                state.session.idNumberSubmitted = false
            }
        }
        return []
    }

    /// A number from a card or code reader: typed in whole and confirmed.
    static func acceptReaderInput(_ number: String, _ state: inout AppState) -> [Effect] {
        guard state.screen == .welcome || state.screen == .identityNumber else { return [] }
        state.session.idNumber = field(fromReader: number)
        ScreenRouter.go(to: .identityNumber, &state)
        submit(&state)
        return []
    }

    /// A key for an ID-number field (this one, a relative's, a guardian's): a character goes in
    /// as `normalizedInput` makes it, an editing key edits. The focus moves to the field for any
    /// character, and for an editing key that did something. Returns whether the field changed.
    static func type(_ key: Key, into field: inout TextField, _ state: inout AppState) -> Bool {
        guard case .character(let character) = key else {
            guard field.apply(key) else { return false }
            state.focus = FormKey.fieldFocus
            return true
        }
        state.focus = FormKey.fieldFocus
        guard let typed = normalizedInput(character) else { return false }
        field.insert(typed)
        return true
    }

    /// An ID-number field holding what a card or code reader delivered.
    static func field(fromReader number: String) -> TextField {
        var field = TextField("", capacity: 18)
        for character in number { if let typed = normalizedInput(character) { field.insert(typed) } }
        return field
    }

    /// The character as it goes into the field: lower-case x and `*` become X, full-width digits
    /// and letters their ordinary forms; nil for characters nobody means to type (controls).
    static func normalizedInput(_ character: Character) -> Character? {
        if character == "*" || character == "x" || character == "ｘ" || character == "Ｘ" { return "X" }
        if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
           (0xFF10...0xFF19).contains(scalar.value) {
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        }
        if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) { return nil }
        return character
    }

    static func submit(_ state: inout AppState) {
        state.session.idNumberSubmitted = true
        guard let id = try? ResidentID.parse(state.session.idNumber.text, today: state.today) else {
            state.focus = 0
            return
        }
        state.session.residentID = id
        state.session.pin.clear()
        state.session.pinNotice = nil
        state.session.inPerson = InPersonCheck()
        ScreenRouter.go(to: state.settings.isAtCounter ? .identityInPerson : .identityPIN, &state)
    }

    /// What to say under the field: a problem already certain while typing, every problem after
    /// Enter, or the document type once the number is valid.
    static func feedback(_ state: AppState) -> (String, Style)? {
        feedback(typed: state.session.idNumber.text, submitted: state.session.idNumberSubmitted, state)
    }

    /// The same for any ID number field: the resident's own, or a member's.
    static func feedback(typed: String, submitted: Bool, _ state: AppState) -> (String, Style)? {
        if typed.isEmpty {
            return submitted ? (state.text["id_error.empty"], .error) : nil
        }
        do {
            let id = try ResidentID.parse(typed, today: state.today)
            return (state.text("identity_number.valid", ["kind": state.text["document_kind.\(id.documentKind.rawValue)"]]), .ok)
        } catch {
            // A problem already certain in what is typed (an impossible date in a number still too
            // short) is the one to fix first; the length only matters once Enter asks for all 18.
            if let problem = ResidentID.problem(inPartial: typed, today: state.today) {
                return (IDErrorText.message(for: problem, text: state.text), .error)
            }
            return submitted ? (IDErrorText.message(for: error, text: state.text), .error) : nil
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["identity_number.title"], style: .title)
        canvas.skip()
        canvas.field(state.session.idNumber, label: state.text["identity_number.label"], width: fieldWidth, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        if let (message, style) = feedback(state) {
            canvas.paragraph(message, style: style)
        } else {
            canvas.paragraph(state.text["identity_number.hint"], style: .hint)
        }
        canvas.skip()
        canvas.paragraph(state.text["identity_number.kinds"], style: .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([state.text["button.confirm"], state.text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
