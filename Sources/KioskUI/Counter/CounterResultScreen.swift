import FamilyAid

/// What became of the decision, in words; then back to the application (read again) or the queue.
enum CounterResultScreen: CounterScreenFeature {
    static let helpKey = "counter.help.result"

    static func hints(_ state: CounterState) -> [KeyHint] { state.work.isDeciding ? [] : [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        guard !state.work.isDeciding, let number = state.work.application?.number else { return [] }
        if key == .escape { return toApplication(number, &state) }
        switch ChoiceKey.interpret(key, focused: state.focus, count: 2) {
        case .moveFocus(let index):
            state.focus = index
        case .none:
            break
        case .choose(0):
            return toApplication(number, &state)
        case .choose:
            state.work.application = nil
            state.work.decision = nil
            CounterRouter.go(to: .queue, &state)
            return [CounterQueueScreen.request(&state)]
        }
        return []
    }

    private static func toApplication(_ number: ApplicationNumber, _ state: inout CounterState) -> [CounterEffect] {
        state.work.application = nil
        state.work.decision = nil
        state.work.detailScroll = 0
        CounterRouter.go(to: .application, &state)
        return [.loadApplication(number)]
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        let text = state.text
        if state.work.isDeciding {
            canvas.paragraph(text["counter.result.saving"], style: .hint)
            return
        }
        let name = state.decisionMember?.name ?? ""
        let position = "\((state.work.decision?.memberIndex ?? 0) + 1)"
        let values = ["name": name, "position": position]
        switch state.work.outcome {
        case .approved(let stage, let start)?:
            canvas.paragraph(text("counter.result.approved", values), style: .ok)
            canvas.paragraph(text("counter.result.relationship", ["stage": text["relationship_stage.\(stage.rawValue)"], "date": start.description]))
        case .rejected(let code)?:
            canvas.paragraph(text("counter.result.rejected", values), style: .ok)
            canvas.paragraph(text("counter.result.reason", ["reason": CounterText.reason(code, text)]))
        case .notUnderReview(let stage)?:
            canvas.paragraph(text("counter.result.not_under_review", values.merging(["stage": text["member_stage.\(stage.rawValue)"]]) { $1 }), style: .error)
        case .cannotBegin?:
            canvas.paragraph(text("counter.result.cannot_begin", values), style: .error)
        case .ownIntake?:
            canvas.paragraph(text("counter.result.own_intake", values), style: .error)
        case .flagResolved?:
            canvas.paragraph(text("counter.result.flag_resolved", values), style: .ok)
        case .notFlagged?:
            canvas.paragraph(text("counter.result.not_flagged", values), style: .error)
        case nil:
            canvas.paragraph(text["counter.service_failed"], style: .error)
        }
        canvas.skip()
        canvas.menu([text["counter.result.to_application"], text["counter.result.to_queue"]], focused: state.focus)
    }
}
