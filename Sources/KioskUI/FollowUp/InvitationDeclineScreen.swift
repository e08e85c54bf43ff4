/// "Decline this invitation?": a decline cannot be taken back in this application, so it is
/// asked once more and the safe choice comes second only because "1" repeats the first answer.
enum InvitationDeclineScreen: ScreenFeature {
    static let helpKey = "invitations.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: 2), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .invitation, &state)
            return []
        }
        return ChoiceKey.handle(key, count: 2, &state) { index, state in
            if index == 0 { return InvitationFlow.answer(accept: false, &state) }
            ScreenRouter.go(to: .invitation, &state)
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let item = state.session.invitations.selectedItem else { return }
        let text = state.text
        canvas.paragraph(text("invitation_decline.title", ["sharer": item.sharerName.masked, "member": item.member.name.masked]), style: .title)
        canvas.skip()
        canvas.paragraph(text(item.party == .guardian ? "invitation_decline.body_guardian" : "invitation_decline.body", [
            "member": item.member.name.masked,
        ]))
        canvas.skip()
        canvas.menu([text["invitation_decline.decline"], text["invitation_decline.keep"]], focused: state.focus)
    }
}
