import FamilyAid
import KioskFrame

/// Adding a member under 16 who is not the sharer's own child, step 5: the ID number of the
/// parent or guardian who is to confirm, validated as it is typed like every ID number; Enter
/// refuses at once a number that cannot be the guardian (the member's, the sharer's, someone
/// under 18), and otherwise looks the person up in the registry, which refuses a number it does
/// not know. Each refusal says what to do instead.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button (to the mobile number, keeping
/// what was typed).
enum MemberGuardianScreen: ScreenFeature {
    static let helpKey = "help.guardian"

    static func step(_ state: AppState) -> Step? { Step(current: 5, total: 5) }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            MemberFlow.goToMobile(&state)
            return []
        case .submit:
            return GuardianFlow.submitNumber(&state)
        case .focusMoved:
            return []
        case .edit(let key):
            guard IdentityNumberScreen.type(key, into: &form.guardian.idNumber, &state) else { return [] }
        }
        form.guardian.submitted = false
        form.guardian.refusal = nil
        // The number changed: an answer still on its way is for another number now.
        if form.guardian.lookup.person == nil { form.guardian.lookup = .notAsked }
        state.session.draft.form = form
        return []
    }

    /// The guardian's card held to the reader: the number typed in whole and confirmed.
    static func acceptReaderInput(_ number: String, _ state: inout AppState) -> [Effect] {
        guard var form = state.session.draft.form else { return [] }
        form.guardian.idNumber = IdentityNumberScreen.field(fromReader: number)
        form.guardian.refusal = nil
        if form.guardian.lookup.person == nil { form.guardian.lookup = .notAsked }
        state.session.draft.form = form
        return GuardianFlow.submitNumber(&state)
    }

    /// A refusal in words: why this person cannot confirm, and what to do.
    static func refusalText(_ refusal: GuardianRefusal, member: InsuredPerson, _ text: Localizer) -> String {
        switch refusal {
        case .isTheMember: text("member_guardian.is_member", ["name": member.name.masked])
        case .isTheSharer: text["member_guardian.is_sharer"]
        case .underAge(let age): text("member_guardian.under_age", ["age": "\(age)", "minimum": "\(Eligibility.guardianMinimumAge)"])
        case .notInRegistry: text["member_guardian.not_in_registry"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let form = state.session.draft.form, let member = form.lookup.person else { return }
        let text = state.text
        canvas.paragraph(text("member_guardian.title", ["name": member.name.masked]), style: .title)
        canvas.skip()
        canvas.field(form.guardian.idNumber, label: text["member_guardian.label"], width: IdentityNumberScreen.fieldWidth,
                     isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        if let refusal = form.guardian.refusal {
            canvas.paragraph(refusalText(refusal, member: member, text), style: .error)
        } else {
            switch form.guardian.lookup {
            case .pending:
                canvas.paragraph(text["member_id.looking_up"], style: .hint)
            case .failed:
                canvas.paragraph(text["member_id.lookup_failed"], style: .error)
            default:
                if let (message, style) = IdentityNumberScreen.feedback(
                    typed: form.guardian.idNumber.text, submitted: form.guardian.submitted, state) {
                    canvas.paragraph(message, style: style)
                } else {
                    canvas.paragraph(text["identity_number.hint"], style: .hint)
                }
            }
        }
        canvas.skip()
        canvas.paragraph(text("member_guardian.note", ["name": member.name.masked]), style: .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
