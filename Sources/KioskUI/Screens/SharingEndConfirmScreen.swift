import FamilyAid

/// "End this sharing?": one decision, with what it means (the member can no longer use the
/// account; the unused quota goes back). The focus starts on "no", so a slip ends nothing.
enum SharingEndConfirmScreen: ScreenFeature {
    static let helpKey = "help.sharing"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .sharingDetail, &state)
            return []
        }
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 { return SharingFlow.end(&state) }
            ScreenRouter.go(to: .sharingDetail, &state)
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let entry = state.session.sharing.selectedEntry else { return }
        let text = state.text
        let side = entry.side.rawValue
        canvas.paragraph(text("sharing.end.title.\(side)", ["name": entry.otherLabel]), style: .title)
        canvas.skip()
        canvas.paragraph(text("sharing.end.body.\(side)", ["name": entry.otherLabel]))
        if let quota = entry.relationship.quota {
            canvas.skip()
            canvas.paragraph(text("sharing.end.quota.\(side)", ["amount": quota.unused.yuanText]))
        }
        canvas.skip()
        canvas.menu([text["sharing.end.confirm.\(side)"], text["sharing.end.keep"]], focused: state.focus)
    }
}
