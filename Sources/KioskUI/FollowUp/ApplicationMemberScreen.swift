import FamilyAid
import KioskFrame

/// One member's timeline in an application: every step with its day, where the member stands
/// now, what to do after a refusal; then what the sharer may do (withdraw before a decision,
/// send again after a refusal whose cause lies outside the application) and back.
enum ApplicationMemberScreen: ScreenFeature {
    static let helpKey = "tracking.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func menu(_ state: AppState) -> [MemberAction?] {
        state.session.tracking.acting ? [] : TrackingFlow.actions(state).map(Optional.some) + [nil]
    }

    static func hints(_ state: AppState) -> [KeyHint] {
        KeyHint.menu(count: menu(state).count)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let menu = menu(state)
        guard !menu.isEmpty else { return [] }
        if key == .escape {
            ScreenRouter.go(to: .applicationDetail, &state)
            return []
        }
        return ChoiceKey.handle(key, count: menu.count, &state) { index, state in
            switch menu[index] {
            case .cancel?:
                ScreenRouter.go(to: .applicationCancel, &state)
                return []
            case .resubmit?:
                return TrackingFlow.act(.resubmit, &state)
            case .revise?:
                return RevisionFlow.start(&state)
            case nil:
                ScreenRouter.go(to: .applicationDetail, &state)
                return []
            }
        }
    }

    /// What the last action did, in words.
    static func notice(_ state: AppState) -> (String, Style)? {
        let tracking = state.session.tracking
        if tracking.acting { return (state.text["tracking.sending"], .hint) }
        if tracking.failed { return (state.text["tracking.failed"], .error) }
        return switch tracking.outcome {
        case .done(let action)?: (state.text["tracking.done_\(action.rawValue)"], .ok)
        case .notPossibleNow?: (state.text["tracking.not_possible_now"], .error)
        case .nothingChanged?: (state.text["tracking.nothing_changed"], .error)
        case nil: nil
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let item = state.session.tracking.selectedItem, let member = TrackingFlow.member(state) else { return }
        let text = state.text
        let relationship = item.relationships[state.session.tracking.member]
        canvas.paragraph(text("tracking.member_title", [
            "name": member.details.name.masked, "relation": MemberVerdictText.relationName(member.details.relation, text),
            "number": item.number.text,
        ]), style: .title)
        canvas.skip()
        for line in TimelineText.history(member, sharer: item.sharerName, text) {
            canvas.paragraph(line)
        }
        let (now, style) = TimelineText.now(member, relationship: relationship, sharer: item.sharerName, today: state.today, text)
        canvas.paragraph(now, style: style)
        let isOwn = TrackingFlow.isOwn(item, state)
        let steps = TimelineText.nextSteps(member, canResubmit: !TrackingFlow.actions(state).isEmpty, isOwn: isOwn, text)
        if !steps.isEmpty {
            canvas.skip()
            canvas.paragraph(text["tracking.what_to_do"], style: .title)
            for line in steps { canvas.paragraph(line) }
        }
        if let (notice, style) = notice(state) {
            canvas.skip()
            canvas.paragraph(notice, style: style)
        }
        canvas.skip()
        let labels = menu(state).map { action in text[action.map { "tracking.action_\($0.rawValue)" } ?? "tracking.back_to_application"] }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
