import FamilyAid

/// Where this sharer pays among the member's sharers (支付顺位), asked only where the member has
/// sharers already and the profile lets the order be set: first, second, … or last. At a bill the
/// member's own account pays first, then the sharers in this order.
enum PaymentRankScreen: ScreenFeature {
    static let helpKey = "help.payment"

    static func step(_ state: AppState) -> Step? { nil }

    static func count(_ state: AppState) -> Int {
        PaymentFlow.current(state).map { PaymentFlow.rankCount(for: $0.member.person.id, state) } ?? 1
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: count(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard PaymentFlow.current(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        if key == .escape {
            PaymentFlow.backFromRank(&state)
            return []
        }
        return ChoiceKey.handle(key, count: count(state), &state) { index, state in
            PaymentFlow.chooseRank(index + 1, &state)
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, _) = PaymentFlow.current(state) else { return }
        let text = state.text
        let others = state.session.payment.otherSharers[member.person.id] ?? 0
        canvas.paragraph(text("payment.rank_title", ["name": member.person.name.masked]), style: .title)
        canvas.skip()
        canvas.paragraph(text("payment.rank_why", ["count": "\(others)"]), style: .hint)
        canvas.skip()
        let count = count(state)
        let labels = (1...count).map { rank in
            rank == count ? text("payment.rank_last", ["rank": "\(rank)"])
                : rank == 1 ? text["payment.rank_first"] : text("payment.rank_place", ["rank": "\(rank)"])
        }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
