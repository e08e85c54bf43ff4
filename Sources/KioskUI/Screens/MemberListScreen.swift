import FamilyAid

/// The members being added in this session, each with its masked name, relationship and a
/// one-line verdict. A member's digit opens its verdict (to change or remove it); after them come
/// "add a member" (while the list has room) and "back".
enum MemberListScreen: ScreenFeature {
    static let helpKey = "help.members"

    enum Item: Equatable {
        case member(Int)
        case add
        /// On to each member's payment mode, once every member may be added.
        case proceed
        case back
    }

    static func step(_ state: AppState) -> Step? { nil }

    static func items(_ state: AppState) -> [Item] {
        let draft = state.session.draft
        return draft.members.indices.map(Item.member) + (draft.isFull ? [] : [.add])
            + (PaymentFlow.mayContinue(state) ? [.proceed] : []) + [.back]
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .home, &state)
            return []
        }
        let items = items(state)
        return ChoiceKey.handle(key, count: items.count, &state) { index, state in
            switch items[index] {
            case .member(let member): MemberFlow.showVerdict(member, &state)
            case .add: MemberFlow.startAdding(&state)
            case .proceed: return PaymentFlow.start(&state)
            case .back: ScreenRouter.go(to: .home, &state)
            }
            return []
        }
    }

    /// "李*英，配偶：可以添加"; for a member a guardian confirms, also who: "王*明，孙子女：可以添加，
    /// 由 王*国（监护人）确认".
    static func label(_ index: Int, verdicts: [MemberVerdict]?, _ state: AppState) -> String {
        let member = state.session.draft.members[index]
        let verdict = verdicts.map { MemberVerdictText.oneLine($0[index], state.text) } ?? state.text["verdict.checking"]
        let line = state.text("members.item", [
            "name": member.person.name.masked,
            "relation": MemberVerdictText.relationName(member.relation, state.text),
            "verdict": verdict,
        ])
        guard let guardian = member.guardian, verdicts?[index].isEligible == true else { return line }
        return line + state.text("members.guardian_confirms", ["guardian": guardian.name.masked])
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let draft = state.session.draft
        canvas.paragraph(text["members.title"], style: .title)
        canvas.skip()
        if draft.members.isEmpty {
            canvas.paragraph(text["members.empty"])
        } else {
            canvas.paragraph(text("members.count", ["count": "\(draft.members.count)"]))
        }
        if draft.isFull {
            canvas.paragraph(text("members.full", ["capacity": "\(MemberDraft.capacity)"]), style: .hint)
        }
        let verdicts = MemberFlow.verdicts(state)
        if let verdicts, verdicts.contains(where: { !$0.isEligible }) {
            canvas.paragraph(text["members.blocked"], style: .hint)
        }
        canvas.skip()
        let labels = items(state).map { item in
            switch item {
            case .member(let index): label(index, verdicts: verdicts, state)
            case .add: draft.form?.editing == nil && draft.form != nil ? text["members.resume"] : text["members.add"]
            case .proceed:
                LetterFlow.isSigned(state) && PaymentFlow.isComplete(state) ? text["members.proceed_signed"]
                    : PaymentFlow.isComplete(state) ? text["members.proceed_again"] : text["members.proceed"]
            case .back: text["members.back"]
            }
        }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
