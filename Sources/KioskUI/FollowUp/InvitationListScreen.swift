import FamilyAid

/// The invitations waiting for this resident, each with who invites (masked) and the last day to
/// answer; a digit opens one. The last item goes back home.
enum InvitationListScreen: ScreenFeature {
    static let helpKey = "invitations.help"

    static func step(_ state: AppState) -> Step? { nil }

    /// The invitations shown: as many as the digits can choose, with "back" last.
    static func items(_ state: AppState) -> [InvitationItem] {
        Array((state.session.invitations.items ?? []).prefix(ChoiceList.maximumCount - 1))
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count + 1), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        ChoiceKey.handleList(key, count: items(state).count, back: .home, &state) { index, state in
            InvitationFlow.open(index, &state)
        }
    }

    /// "王*国 邀请您（子女），请于 2026-11-26 前答复"; for a guardian "张*兰 邀请您作为 王*明 的
    /// 监护人确认，…".
    static func label(_ item: InvitationItem, _ state: AppState) -> String {
        let text = state.text
        let line = text(item.key("invitations.item"), [
            "sharer": item.sharerName.masked, "member": item.member.name.masked,
            "relation": MemberVerdictText.relationName(item.member.relation, text),
        ])
        let deadline = item.hasExpired(on: state.today)
            ? text["invitations.expired_short"]
            : text("invitations.answer_by", ["date": item.pending.confirmBy.description])
        return line + text["invitations.separator"] + deadline
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let items = items(state)
        let count = InvitationFlow.count(state)
        canvas.paragraph(text["invitations.title"], style: .title)
        canvas.skip()
        canvas.paragraph(count == 0 ? text["invitations.none"] : text("invitations.count", ["count": "\(count)"]))
        canvas.skip()
        canvas.menu(items.map { label($0, state) } + [text["invitations.back"]], focused: state.focus, spacing: 1)
    }
}
