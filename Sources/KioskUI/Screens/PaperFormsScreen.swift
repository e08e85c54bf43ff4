import FamilyAid
import KioskFrame

/// At a counter, in place of the letter on screen and the PIN: the number of the paper
/// application form (申请表编号), the number of the commitment letter the resident signed on
/// paper, and the clerk's tick that it is signed. One decision: the paper on the desk, recorded.
///
/// Focus 0 is the application form's number, 1 the letter's, 2 the tick (Space ticks; Enter
/// ticks and moves on), 3 the confirm button, 4 the back button. Enter in a field moves to what
/// is still to do, so typing the two numbers and pressing Enter four times records them.
enum PaperFormsScreen: ScreenFeature {
    static let helpKey = "help.paper_forms"
    static let focusCount = 5

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        var draft = state.session.letter.paperDraft
        defer { state.session.letter.paperDraft = draft }
        switch key {
        case .escape:
            LetterFlow.back(&state)
        case .tab, .down:
            state.focus = (state.focus + 1) % focusCount
        case .backTab, .up:
            state.focus = (state.focus + focusCount - 1) % focusCount
        case .enter where state.focus == 4:
            LetterFlow.back(&state)
        case .character(" ") where state.focus == 2:
            draft.letterSigned.toggle()
            draft.notice = nil
        case .enter where state.focus == 2:
            // Enter on the tick ticks it (or unticks it) and moves on to confirming.
            draft.letterSigned.toggle()
            draft.notice = nil
            if draft.letterSigned { state.focus = 3 }
        case .enter where state.focus < 2 && (state.focus == 0 ? draft.letterForm.isEmpty : !draft.letterSigned):
            // A number typed: on to the next thing still to do, as a form on paper is filled in.
            state.focus += 1
        case .enter:
            state.session.letter.paperDraft = draft
            LetterFlow.recordPaper(&state)
            draft = state.session.letter.paperDraft
        case .character(let character):
            guard state.focus < 2, let typed = PaperFormNumber.normalizedInput(character) else { return [] }
            if state.focus == 0 { draft.applicationForm.insert(typed) } else { draft.letterForm.insert(typed) }
            draft.notice = nil
        default:
            guard state.focus < 2 else { return [] }
            if state.focus == 0 { draft.applicationForm.apply(key) } else { draft.letterForm.apply(key) }
        }
        return []
    }

    static func notice(_ state: AppState) -> String? {
        switch state.session.letter.paperDraft.notice {
        case nil: nil
        case .applicationFormMissing: state.text["paper_forms.application_missing"]
        case .letterFormMissing: state.text["paper_forms.letter_missing"]
        case .letterNotSigned: state.text["paper_forms.not_signed"]
        case .applicationFormTakenIn(let application): state.text("paper_forms.taken_in", ["application": application])
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let draft = state.session.letter.paperDraft
        canvas.paragraph(text["paper_forms.title"], style: .title)
        canvas.skip()
        canvas.field(draft.applicationForm, label: text["paper_forms.application_label"], width: 34,
                     isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.field(draft.letterForm, label: text["paper_forms.letter_label"], width: 34, isFocused: state.focus == 1, focusIndex: 1)
        canvas.skip()
        canvas.buttons([text[draft.letterSigned ? "paper_forms.signed" : "paper_forms.not_signed_mark"]],
                       focused: state.focus, firstFocusIndex: 2)
        canvas.skip()
        canvas.paragraph(notice(state) ?? text["paper_forms.hint"], style: notice(state) == nil ? .hint : .error)
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 3)
    }
}
