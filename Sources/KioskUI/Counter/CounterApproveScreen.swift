import FamilyAid

/// Approving under N26: the quota (共济额度) asked for is shown and may be changed before the
/// confirmation.
enum CounterApproveScreen: CounterScreenFeature {
    static let helpKey = "counter.help.approve"

    static func hints(_ state: CounterState) -> [KeyHint] { [.confirm, .back] }

    static func handle(_ key: Key, _ state: inout CounterState) -> [CounterEffect] {
        guard var draft = state.work.decision else { return [] }
        switch key {
        case .escape:
            CounterRouter.go(to: .decision, &state)
            return []
        case .enter:
            guard draft.quota.isEmpty || quota(draft) != nil else {
                draft.notice = .badQuota
                state.work.decision = draft
                return []
            }
            draft.notice = nil
            state.work.decision = draft
            CounterRouter.go(to: .confirm, &state)
            return []
        case .character(let character) where !(character.isASCII && (character.isNumber || character == "." || character == ",")):
            return []
        default:
            if draft.quota.apply(key) { draft.notice = nil }
            state.work.decision = draft
            return []
        }
    }

    /// The quota typed, in yuan; nil when it is not a positive amount.
    static func quota(_ draft: DecisionDraft) -> Money? {
        Money(yuanText: draft.quota.text).flatMap { $0.isPositive ? $0 : nil }
    }

    static func draw(_ state: CounterState, on canvas: inout Canvas) {
        guard let member = state.decisionMember, let draft = state.work.decision else { return }
        let text = state.text
        canvas.paragraph(text("counter.approve.title", ["name": member.name]), style: .title)
        canvas.skip()
        canvas.paragraph(member.requestedQuota.map { text("counter.approve.asked", ["amount": $0.description]) }
                         ?? text["counter.approve.none_asked"])
        canvas.skip()
        canvas.field(draft.quota, label: text["counter.approve.label"], width: 16, isFocused: true, focusIndex: 0)
        canvas.skip()
        if draft.notice == .badQuota {
            canvas.paragraph(text["counter.approve.bad_quota"], style: .error)
        } else {
            canvas.paragraph(text["counter.approve.hint"], style: .hint)
        }
    }
}
