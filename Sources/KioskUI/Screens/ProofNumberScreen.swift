import FamilyAid
import KioskFrame

/// One document's number (结婚证字号, 户口簿户号 …), as printed on it; it may be left empty, the
/// clerk then reads it at review. Letters, digits and hyphens are taken.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button.
enum ProofNumberScreen: ScreenFeature {
    static let helpKey = "help.proofs"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard ProofFlow.currentDocument(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            return ProofFlow.backFromNumber(&state)
        case .submit:
            return ProofFlow.confirmNumber(&state)
        case .focusMoved:
            break
        case .edit(.character(let character)):
            state.focus = FormKey.fieldFocus
            let typed = IdentityNumberScreen.normalizedInput(character) ?? character
            guard typed.isASCII, typed.isLetter || typed.isNumber || typed == "-" else { return [] }
            ProofFlow.editNumber(&state) { $0.insert(Character(typed.uppercased())) }
        case .edit(let key):
            var handled = false
            ProofFlow.editNumber(&state) { handled = $0.apply(key) }
            if handled { state.focus = FormKey.fieldFocus }
        }
        return []
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, kind, count) = ProofFlow.currentDocument(state) else { return }
        let text = state.text
        let document = text["proof_kind.\(kind.rawValue)"]
        canvas.paragraph(text("proofs.number_title", ["name": member.name.masked, "document": document]), style: .title)
        canvas.skip()
        if count > 1 {
            canvas.paragraph(text("proofs.document_of", ["position": "\(state.session.activeProofs.document + 1)", "count": "\(count)"]), style: .hint)
            canvas.skip()
        }
        canvas.field(ProofFlow.numberField(state), label: text("proofs.number_label", ["document": document]), width: 32,
                     isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.paragraph(text[state.settings.isAtCounter ? "proofs.number_hint_counter" : "proofs.number_hint"], style: .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
