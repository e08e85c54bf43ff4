import FamilyAid

/// One member's payment mode, first part: what the shared money may pay for them (the uses the
/// profile allows, each switched on or off by its digit), and, outside N26, the profile's cap on
/// one payment. The last item goes on.
enum PaymentUsesScreen: ScreenFeature {
    static let helpKey = "help.payment"

    static func step(_ state: AppState) -> Step? { nil }

    static func count(_ state: AppState) -> Int { PaymentFlow.allowedUses(state.settings.policy).count + 1 }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: count(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard PaymentFlow.current(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        if key == .escape {
            PaymentFlow.backFromUses(&state)
            return []
        }
        let uses = PaymentFlow.allowedUses(state.settings.policy)
        return ChoiceKey.handle(key, count: uses.count + 1, &state) { index, state in
            state.focus = index
            if uses.indices.contains(index) {
                PaymentFlow.toggle(uses[index], &state)
            } else {
                PaymentFlow.confirmUses(&state)
            }
            return []
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, choice) = PaymentFlow.current(state) else { return }
        let text = state.text
        let profile = state.settings.policy
        canvas.paragraph(text("payment.uses_title", [
            "name": member.person.name.masked,
            "position": "\(state.session.payment.current + 1)",
            "count": "\(state.session.draft.members.count)",
        ]), style: .title)
        canvas.skip()
        canvas.paragraph(text["payment.uses_why"], style: .hint)
        canvas.skip()
        let uses = PaymentFlow.allowedUses(profile)
        let labels = uses.map { use in
            text(choice.uses.contains(use) ? "payment.use_on" : "payment.use_off", ["use": text["shared_use.\(use.rawValue)"]])
        } + [text["payment.continue"]]
        canvas.menu(labels, focused: state.focus, spacing: 1)
        if state.session.payment.notice == .noUse {
            canvas.paragraph(text["payment.no_use"], style: .error)
        } else if !profile.usesQuotas {
            canvas.paragraph(profile.perPaymentCap.map { text("payment.cap", ["amount": $0.yuanText]) } ?? text["payment.no_cap"], style: .hint)
        }
    }
}
