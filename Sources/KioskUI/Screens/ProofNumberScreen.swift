import Foundation
import FamilyAid
import KioskFrame

/// One document's number (结婚证字号, 户口簿户号 …), as printed on it; it may be left empty, the
/// clerk then reads it at review. Letters, digits and hyphens are taken; any other character is
/// said to be refused, and so is a key past the longest number.
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
            let typed = normalized(character)
            // Invisible characters (a joiner, a direction mark) are dropped without a word, as in
            // every field; anything else that is not on a document is said, and the first such
            // character stays said while the rest is typed (a paste that held an escape sequence).
            guard !typed.unicodeScalars.allSatisfy(TextField.isInvisible) else { return [] }
            guard typed.isASCII, typed.isLetter || typed.isNumber || typed == "-" else {
                if state.session.activeProofs.numberNotice == nil { state.session.activeProofs.numberNotice = .notAllowed(typed) }
                return []
            }
            var taken = false
            ProofFlow.editNumber(&state) { taken = $0.insert(Character(typed.uppercased())) }
            if !taken { state.session.activeProofs.numberNotice = .full(capacity: ProofFlow.numberField(state).capacity) }
        case .edit(let key):
            var handled = false
            ProofFlow.editNumber(&state) { handled = $0.apply(key) }
            if handled {
                state.focus = FormKey.fieldFocus
                state.session.activeProofs.numberNotice = nil
            }
        }
        return []
    }

    /// Full-width letters and digits (from a Chinese input method) as the ASCII ones they are.
    static func normalized(_ character: Character) -> Character {
        let folded = String(character).precomposedStringWithCompatibilityMapping
        return folded.count == 1 ? Character(folded) : character
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
        switch state.session.activeProofs.numberNotice {
        case .notAllowed(let character)?:
            canvas.paragraph(text("proofs.number_not_allowed", ["character": String(character)]), style: .error)
        case .full(let capacity)?:
            canvas.paragraph(text("proofs.number_full", ["count": "\(capacity)"]), style: .error)
        case nil:
            canvas.skip()
        }
        canvas.paragraph(text[state.settings.isAtCounter ? "proofs.number_hint_counter" : "proofs.number_hint"], style: .hint)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
