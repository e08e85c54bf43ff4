import KioskFrame

/// What became of the answer, in words: confirmed (and what happens next), declined, expired, no
/// longer open, or not recorded because the store failed (nothing changed; try again).
enum InvitationResultScreen: ScreenFeature {
    static let helpKey = "invitations.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func menu(_ state: AppState) -> [String] {
        let invitations = state.session.invitations
        if invitations.answering { return [] }
        if invitations.failed { return ["invitation_result.retry", "invitation_result.home"] }
        return InvitationFlow.count(state) > 0
            ? ["invitation_result.more", "invitation_result.home"] : ["invitation_result.home"]
    }

    static func hints(_ state: AppState) -> [KeyHint] {
        KeyHint.menu(count: menu(state).count)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let menu = menu(state)
        guard !menu.isEmpty else { return [] }
        if key == .escape {
            ScreenRouter.go(to: .home, &state)
            return []
        }
        return ChoiceKey.handle(key, count: menu.count, &state) { index, state in
            switch menu[index] {
            case "invitation_result.retry":
                ScreenRouter.go(to: .invitation, &state)
            case "invitation_result.more":
                InvitationFlow.openList(&state)
            default:
                ScreenRouter.go(to: .home, &state)
            }
            return []
        }
    }

    static func message(_ state: AppState) -> (String, style: Style) {
        let invitations = state.session.invitations
        if invitations.answering { return ("invitation_result.sending", .hint) }
        if invitations.failed { return ("invitation_result.failed", .error) }
        return switch invitations.outcome {
        case .confirmed(othersAwaited: false): ("invitation_result.confirmed", .ok)
        case .confirmed(othersAwaited: true): ("invitation_result.confirmed_others", .ok)
        case .declined: (invitations.answered?.party == .guardian ? "invitation_result.declined_guardian" : "invitation_result.declined", .plain)
        case .expired: ("invitation_result.expired", .error)
        case .noLongerOpen, nil: ("invitation_result.no_longer_open", .error)
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let (key, style) = message(state)
        let item = state.session.invitations.answered
        canvas.paragraph(text["invitation_result.title"], style: .title)
        canvas.skip()
        canvas.paragraph(text(key, [
            "sharer": item?.sharerName.masked ?? "", "member": item?.member.name.masked ?? "", "number": item?.number.text ?? "",
        ]), style: style)
        canvas.skip()
        canvas.menu(menu(state).map { text[$0] }, focused: state.focus)
    }
}
