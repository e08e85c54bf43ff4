import FamilyAid
import KioskFrame

/// Rejecting: one of the reviewer's reason codes (↑↓) and a note in the reviewer's words (Tab),
/// both needed before the confirmation.
enum CounterRejectScreen: CounterScreenFeature {
    static let helpKey = "counter.help.reject"

    static func hints(_ state: CounterState) -> [KeyHint] { [.scroll, .next, .confirm, .back] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        guard var draft = state.work.decision else { return [] }
        let codes = ReasonCode.reviewerCodes
        switch key {
        case .escape:
            CounterRouter.go(to: .decision, &state)
            return []
        case .tab, .backTab:
            draft.isOnNote.toggle()
        case .up where !draft.isOnNote:
            draft.reason = (draft.reason + codes.count - 1) % codes.count
        case .down where !draft.isOnNote:
            draft.reason = (draft.reason + 1) % codes.count
        case .enter:
            CounterConfirmScreen.open(noting: draft, &state)
            return []
        default:
            if !draft.isOnNote, case .character = key { draft.isOnNote = true }
            if draft.isOnNote, draft.note.apply(key) { draft.notice = nil }
        }
        state.work.decision = draft
        return []
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let member = state.decisionMember, let draft = state.work.decision else { return }
        let text = state.text
        canvas.paragraph(text("counter.reject.title", ["name": member.name]), style: .title)
        for (index, code) in ReasonCode.reviewerCodes.enumerated() {
            let isChosen = index == draft.reason
            let line = (isChosen ? "> " : "  ") + CounterText.reason(code, text)
            let style: Style = isChosen ? (draft.isOnNote ? .title : .focus) : .plain
            canvas.rendering.frame.write(line, at: Position(row: canvas.row, column: canvas.margin), style: style, limit: canvas.width)
            canvas.skip()
        }
        canvas.field(draft.note, label: text["counter.reject.note"], width: canvas.width, isFocused: draft.isOnNote, focusIndex: 0)
        if draft.notice == .noteMissing {
            canvas.paragraph(text["counter.reject.note_missing"], style: .error)
        }
    }
}
