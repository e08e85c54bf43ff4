import FamilyAid

/// One relationship in full: the other person (masked), the uses, the quota assigned, used and
/// left (N26), the dates; then 家庭共济缴费 (a sharer, for a member in resident insurance),
/// "unbind" (sharer) or "leave" (member), and "back".
enum SharingDetailScreen: ScreenFeature {
    static let helpKey = "help.sharing"

    enum Item: Equatable {
        case payPremium, end, back
    }

    static func step(_ state: AppState) -> Step? { nil }

    static func items(_ state: AppState) -> [Item] {
        guard let entry = state.session.sharing.selectedEntry else { return [.back] }
        return (PremiumFlow.isOffered(entry, policy: state.settings.policy) ? [.payPremium] : []) + [.end, .back]
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .sharingList, &state)
            state.focus = state.session.sharing.selected % SharingListScreen.perPage
            return []
        }
        let items = items(state)
        return ChoiceKey.handle(key, count: items.count, &state) { index, state in
            switch items[index] {
            case .payPremium:
                return PremiumFlow.open(&state)
            case .end:
                ScreenRouter.go(to: .sharingEndConfirm, &state)
                // The safe answer first: Enter alone never ends a relationship.
                state.focus = 1
            case .back:
                ScreenRouter.go(to: .sharingList, &state)
                state.focus = state.session.sharing.selected % SharingListScreen.perPage
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let entry = state.session.sharing.selectedEntry else { return }
        let text = state.text
        let relationship = entry.relationship
        canvas.paragraph(text("sharing.detail.title.\(entry.side.rawValue)", ["name": entry.otherLabel]), style: .title)
        canvas.skip()
        canvas.labelled(text["sharing.detail.id"], entry.other.masked)
        canvas.labelled(text["sharing.detail.state"], SharingText.state(relationship, text))
        canvas.labelled(text["sharing.detail.start"], relationship.start.description)
        canvas.labelled(text["sharing.detail.end"], relationship.end?.description ?? text["sharing.detail.no_end"])
        canvas.labelled(text["sharing.detail.uses"], SharingText.uses(entry.uses, text))
        if let quota = relationship.quota {
            canvas.labelled(text["sharing.detail.quota"], text("sharing.detail.quota_value", [
                "assigned": quota.assigned.yuanText, "used": quota.used.yuanText, "left": quota.unused.yuanText,
            ]))
        }
        canvas.skip()
        let labels = items(state).map { item in
            switch item {
            case .payPremium: text["sharing.detail.pay_premium"]
            case .end: text["sharing.detail.end_action.\(entry.side.rawValue)"]
            case .back: text["sharing.detail.back"]
            }
        }
        canvas.menu(labels, focused: state.focus)
    }
}
