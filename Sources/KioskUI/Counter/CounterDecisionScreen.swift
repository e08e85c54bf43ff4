/// The decision on one member: approve, or reject. A member no longer under review says so
/// instead and offers only the way back.
enum CounterDecisionScreen: CounterScreenFeature {
    static let helpKey = "counter.help.decision"

    static func hints(_ state: CounterState) -> [KeyHint] { [.choose(count: isOpen(state) ? 3 : 1), .confirm, .back] }

    static func isOpen(_ state: CounterState) -> Bool { state.decisionMember?.stage == .underReview }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        let count = isOpen(state) ? 3 : 1
        if key == .escape { return back(&state) }
        switch ChoiceKey.interpret(key, focused: state.focus, count: count) {
        case .moveFocus(let index):
            state.focus = index
        case .none:
            break
        case .choose(let index):
            switch (count, index) {
            case (3, 0):
                state.work.decision?.approve = true
                state.work.decision?.notice = nil
                CounterRouter.go(to: state.work.application?.usesQuota == true || state.decisionMember?.requestedQuota != nil
                                 ? .approve : .confirm, &state)
            case (3, 1):
                state.work.decision?.approve = false
                state.work.decision?.notice = nil
                CounterRouter.go(to: .reject, &state)
            default:
                return back(&state)
            }
        }
        return []
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
        canvas.skip()
        if isOpen(state) {
            canvas.menu([text["counter.decision.approve"], text["counter.decision.reject"], text["counter.decision.back"]], focused: state.focus)
        } else {
            canvas.paragraph(text["counter.decision.not_open"], style: .error)
            canvas.skip()
            canvas.menu([text["counter.decision.back"]], focused: 0)
        }
    }
}
