/// The decision on one member: approve, or reject; for a member an imported bundle flagged,
/// closing the flag once it has been dealt with. A member neither under review nor flagged says
/// so instead and offers only the way back.
enum CounterDecisionScreen: CounterScreenFeature {
    static let helpKey = "counter.help.decision"

    enum Option {
        case approve, reject, resolveFlag, back
    }

    static func options(_ state: CounterState) -> [Option] {
        (isOpen(state) ? [.approve, .reject] : []) + (isFlagged(state) ? [.resolveFlag] : []) + [.back]
    }

    static func hints(_ state: CounterState) -> [KeyHint] { [.choose(count: options(state).count), .confirm, .back] }

    static func isOpen(_ state: CounterState) -> Bool { state.decisionMember?.stage == .underReview }

    static func isFlagged(_ state: CounterState) -> Bool { state.decisionMember?.flaggedReasons.isEmpty == false }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        let options = options(state)
        if key == .escape { return back(&state) }
        switch ChoiceKey.interpret(key, focused: state.focus, count: options.count) {
        case .moveFocus(let index):
            state.focus = index
        case .none:
            break
        case .choose(let index):
            state.work.decision?.notice = nil
            switch options[index] {
            case .approve:
                state.work.decision?.approve = true
                state.work.decision?.isResolvingFlag = false
                CounterRouter.go(to: state.work.application?.usesQuota == true || state.decisionMember?.requestedQuota != nil
                                 ? .approve : .confirm, &state)
            case .reject:
                startNote(resolvingFlag: false, &state)
                state.work.decision?.approve = false
                CounterRouter.go(to: .reject, &state)
            case .resolveFlag:
                startNote(resolvingFlag: true, &state)
                CounterRouter.go(to: .resolveFlag, &state)
            case .back:
                return back(&state)
            }
        }
        return []
    }

    /// A rejection's note and a flag's note are not one another's: the note typed for one is
    /// not carried into the other, where it would be saved under the wrong heading.
    private static func startNote(resolvingFlag: Bool, _ state: inout CounterState) {
        guard var draft = state.work.decision else { return }
        if draft.isResolvingFlag != resolvingFlag { draft.note = TextField(capacity: draft.note.capacity) }
        draft.isResolvingFlag = resolvingFlag
        state.work.decision = draft
    }

    static func back(_ state: inout CounterState) -> [CounterEffect] {
        CounterRouter.go(to: .application, &state)
        return []
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let member = state.decisionMember, let decision = state.work.decision else { return }
        let text = state.text
        canvas.paragraph(text("counter.decision.title", [
            "position": "\(decision.memberIndex + 1)", "name": member.name,
            "relation": CounterText.relation(member.relation, text),
        ]), style: .title)
        canvas.skip()
        canvas.paragraph(CounterApplicationScreen.stage(member, text))
        canvas.paragraph(CounterApplicationScreen.verdict(member.verdict, text))
        if isFlagged(state) {
            canvas.paragraph(text("counter.application.flagged", ["reasons": CounterText.flags(member.flaggedReasons, text)]), style: .error)
        }
        canvas.skip()
        if !isOpen(state) && !isFlagged(state) {
            canvas.paragraph(text["counter.decision.not_open"], style: .error)
            canvas.skip()
        }
        canvas.menu(options(state).map { option in
            switch option {
            case .approve: text["counter.decision.approve"]
            case .reject: text["counter.decision.reject"]
            case .resolveFlag: text["counter.decision.resolve_flag"]
            case .back: text["counter.decision.back"]
            }
        }, focused: state.focus)
    }
}
