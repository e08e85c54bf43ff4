import FamilyAid

/// The answer to 家庭共济缴费: waiting, paid with what is left, or why not in words.
enum PremiumResultScreen: ScreenFeature {
    static let helpKey = "help.premium"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        state.session.premium.outcome == .pending ? [] : [.choose(count: 1), .confirm]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard state.session.premium.outcome != .pending else { return [] }
        if key == .escape { return SharingFlow.backToList(&state) }
        return ChoiceKey.handle(key, count: 1, &state) { _, state in SharingFlow.backToList(&state) }
    }

    static func refusal(_ refusal: PremiumRefusal, _ text: Localizer) -> String {
        switch refusal {
        case .outsideWindow(let opens, let closes, _):
            text("premium.refused.outside_window", ["opens": opens.description, "closes": closes.description])
        case .alreadyPaid(let paid):
            text("premium.refused.already_paid", ["date": paid.date.description])
        case .insufficientFunds(let needed, let available):
            text("premium.refused.insufficient", ["needed": needed.yuanText, "available": available.yuanText])
        case .noQuotaAssigned:
            text["premium.refused.no_quota"]
        case .memberNotResidentInsured:
            text["premium.refused.not_resident"]
        case .wrongAmount, .noPremiumEntry, .kindNotShared, .notAllowedByRelationship, .sharerIsMember:
            text["premium.refused.other"]
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let entry = state.session.sharing.selectedEntry else { return }
        let text = state.text
        canvas.paragraph(text("premium.title", ["name": entry.otherLabel]), style: .title)
        canvas.skip()
        switch state.session.premium.outcome {
        case .pending, nil:
            canvas.paragraph(text["premium.pending"], style: .hint)
            return
        case .paid(let receipt):
            canvas.paragraph(text("premium.paid", [
                "name": entry.otherLabel, "year": "\(receipt.paid.coverageYear)", "amount": receipt.paid.amount.yuanText,
            ]), style: .ok)
            canvas.skip()
            if let left = receipt.sharerAfter.quotaRemaining, case .quota = receipt.source {
                canvas.paragraph(text("premium.quota_after", ["left": left.yuanText]))
            } else {
                canvas.paragraph(text("premium.balance_after", ["balance": receipt.sharerAfter.account.balance.yuanText]))
            }
        case .refused(let reason):
            canvas.paragraph(refusal(reason, text), style: .error)
        case .failed:
            canvas.paragraph(text["premium.failed"], style: .error)
        }
        canvas.skip()
        canvas.menu([text["premium.done"]], focused: state.focus)
    }
}
