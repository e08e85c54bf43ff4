import KioskFrame

/// Closing an import's flag: what was done about it, in the reviewer's words (the resident
/// called, the other binding ended, the money put right), needed before the confirmation. The
/// member's stage is not touched.
enum CounterResolveFlagScreen: CounterScreenFeature {
    static let helpKey = "counter.help.resolve_flag"

    static func hints(_ state: CounterState) -> [KeyHint] { [.confirm, .back] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        guard var draft = state.work.decision else { return [] }
        switch key {
        case .escape:
            CounterRouter.go(to: .decision, &state)
            return []
        case .enter:
            CounterConfirmScreen.open(noting: draft, &state)
            return []
        default:
            if draft.note.apply(key) { draft.notice = nil }
        }
        state.work.decision = draft
        return []
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let member = state.decisionMember, let draft = state.work.decision else { return }
        let text = state.text
        canvas.paragraph(text("counter.resolve_flag.title", ["name": member.name]), style: .title)
        canvas.skip()
        canvas.paragraph(text("counter.application.flagged", ["reasons": CounterText.flags(member.flaggedReasons, text)]))
        canvas.paragraph(text["counter.resolve_flag.explain"], style: .hint)
        canvas.skip()
        canvas.field(draft.note, label: text["counter.resolve_flag.note"], width: canvas.width, isFocused: true, focusIndex: 0)
        if draft.notice == .noteMissing {
            canvas.paragraph(text["counter.resolve_flag.note_missing"], style: .error)
        }
    }
}
