import FamilyAid

/// The decision said in full, asked once; the safe answer (back) has the focus.
enum CounterConfirmScreen: CounterScreenFeature {
    static let helpKey = "counter.help.confirm"

    static func hints(_ state: CounterState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        if key == .escape { return back(&state) }
        switch ChoiceKey.interpret(key, focused: focusedItem(state), count: 2) {
        case .moveFocus(let index):
            state.focus = index == 0 ? 1 : 0
        case .none:
            break
        case .choose(0):
            return decide(&state)
        case .choose:
            return back(&state)
        }
        return []
    }

    /// Enter on a screen whose note is needed (a rejection, closing a flag): on to the
    /// confirmation, or back to the note with what is missing said.
    static func open(noting draft: DecisionDraft, _ state: inout CounterState) {
        var draft = draft
        guard !draft.note.text.trimmingCharacters(in: .whitespaces).isEmpty else {
            draft.notice = .noteMissing
            draft.isOnNote = true
            state.work.decision = draft
            return
        }
        draft.notice = nil
        state.work.decision = draft
        CounterRouter.go(to: .confirm, &state)
    }

    /// The focus is kept as "0: back" so that a fresh screen starts on the safe answer.
    static func focusedItem(_ state: CounterState) -> Int { state.focus == 0 ? 1 : 0 }

    static func back(_ state: inout CounterState) -> [CounterEffect] {
        let draft = state.work.decision
        CounterRouter.go(to: draft?.isResolvingFlag == true ? .resolveFlag : draft?.approve == false ? .reject : .decision, &state)
        return []
    }

    static func decision(_ state: CounterState) -> ReviewDecision? {
        guard let draft = state.work.decision, let application = state.work.application else { return nil }
        let note = draft.note.text.trimmingCharacters(in: .whitespaces)
        let verdict: ReviewVerdict = draft.isResolvingFlag
            ? .resolveFlag(note: note)
            : draft.approve ? .approve(quota: CounterApproveScreen.quota(draft)) : .reject(ReasonCode.reviewerCodes[draft.reason], note: note)
        return ReviewDecision(number: application.number, memberIndex: draft.memberIndex, verdict: verdict)
    }

    static func decide(_ state: inout CounterState) -> [CounterEffect] {
        guard let decision = decision(state), let reviewer = state.signedIn else { return [] }
        state.work.isDeciding = true
        state.work.outcome = nil
        state.work.serviceFailed = false
        CounterRouter.go(to: .result, &state)
        return [.decide(decision, reviewer: reviewer.id)]
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let member = state.decisionMember, let decision = decision(state) else { return }
        let text = state.text
        canvas.paragraph(text["counter.confirm.title"], style: .title)
        canvas.skip()
        let values = ["name": member.name, "relation": CounterText.relation(member.relation, text), "number": decision.number.text]
        switch decision.verdict {
        case .approve(let quota):
            canvas.paragraph(text("counter.confirm.approve", values))
            if let quota { canvas.paragraph(text("counter.confirm.quota", ["amount": quota.description])) }
        case .reject(let code, let note):
            canvas.paragraph(text("counter.confirm.reject", values))
            canvas.paragraph(text("counter.confirm.reason", ["reason": CounterText.reason(code, text)]))
            canvas.paragraph(text("counter.confirm.note", ["note": note]))
        case .resolveFlag(let note):
            canvas.paragraph(text("counter.confirm.resolve_flag", values))
            canvas.paragraph(text("counter.confirm.note", ["note": note]))
        }
        canvas.skip()
        canvas.menu([text["counter.confirm.yes"], text["counter.confirm.no"]], focused: focusedItem(state))
    }
}
