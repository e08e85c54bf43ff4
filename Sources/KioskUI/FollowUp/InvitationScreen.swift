import FamilyAid

/// One invitation: who invites (masked), the tie they stated, what sharing means in plain words
/// (the sharer's money pays the member's self-borne costs; the card is never shared), the last
/// day to answer; then confirm, decline or back. A guardian reads it as the one who answers for
/// the child. An expired invitation says so and offers only back.
enum InvitationScreen: ScreenFeature {
    static let helpKey = "invitations.help"

    static func step(_ state: AppState) -> Step? { nil }

    static func isOpen(_ state: AppState) -> Bool {
        state.session.invitations.selectedItem.map { !$0.hasExpired(on: state.today) } ?? false
    }

    static func menuCount(_ state: AppState) -> Int { isOpen(state) ? 3 : 1 }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: menuCount(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            InvitationFlow.openList(&state)
            return []
        }
        let isOpen = isOpen(state)
        return ChoiceKey.handle(key, count: menuCount(state), &state) { index, state in
            switch (isOpen, index) {
            case (true, 0):
                return InvitationFlow.answer(accept: true, &state)
            case (true, 1):
                ScreenRouter.go(to: .invitationDecline, &state)
            default:
                InvitationFlow.openList(&state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let item = state.session.invitations.selectedItem else { return }
        let text = state.text
        let values = [
            "sharer": item.sharerName.masked, "sharer_id": item.sharerID.masked, "member": item.member.name.masked,
            "relation": MemberVerdictText.relationName(item.member.relation, text),
            "date": item.pending.confirmBy.description, "number": item.number.text,
        ]
        canvas.paragraph(text(item.key("invitation.title"), values), style: .title)
        canvas.labelled(text["invitation.number"], item.number.text)
        canvas.skip()
        canvas.paragraph(text(item.key("invitation.tie"), values))
        canvas.paragraph(text(item.key("invitation.meaning"), values))
        canvas.paragraph(text["invitation.card"])
        canvas.skip()
        if isOpen(state) {
            canvas.paragraph(text("invitation.answer_by", values), style: .hint)
            canvas.skip()
            canvas.menu([text["invitation.confirm"], text["invitation.decline"], text["invitation.back"]], focused: state.focus, spacing: 1)
        } else {
            canvas.paragraph(text("invitation.expired", values), style: .error)
            canvas.skip()
            canvas.menu([text["invitation.back"]], focused: state.focus, spacing: 1)
        }
    }
}
