import FamilyAid

/// The answer to an unbinding or leaving: waiting, done with the quota returned, or a failure
/// said in words with what to do. One item: back to 我的共济关系 (or try again after a failure).
enum SharingEndedScreen: ScreenFeature {
    static let helpKey = "help.sharing"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        if case .pending = state.session.sharing.ending { return [] }
        return [.choose(count: 1), .confirm]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch state.session.sharing.ending {
        case .pending, nil:
            return []
        case .failed:
            if key == .escape {
                state.session.sharing.ending = nil
                ScreenRouter.go(to: .sharingDetail, &state)
                return []
            }
            return ChoiceKey.handle(key, count: 1, &state) { _, state in
                state.session.sharing.ending = nil
                return SharingFlow.end(&state)
            }
        case .ended:
            if key == .escape { return SharingFlow.backToList(&state) }
            return ChoiceKey.handle(key, count: 1, &state) { _, state in SharingFlow.backToList(&state) }
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let entry = state.session.sharing.selectedEntry else { return }
        let text = state.text
        let side = entry.side.rawValue
        switch state.session.sharing.ending {
        case .pending, nil:
            canvas.paragraph(text["sharing.ended.pending"], style: .hint)
        case .failed:
            canvas.paragraph(text["sharing.ended.failed"], style: .error)
            canvas.skip()
            canvas.menu([text["sharing.ended.retry"]], focused: state.focus)
        case .ended(_, let quotaReturned):
            canvas.paragraph(text("sharing.ended.done.\(side)", ["name": entry.otherLabel]), style: .ok)
            canvas.skip()
            if let quotaReturned {
                canvas.paragraph(text("sharing.ended.quota.\(side)", ["amount": quotaReturned.yuanText]))
                canvas.skip()
            }
            canvas.menu([text["sharing.ended.back"]], focused: state.focus)
        }
    }
}
