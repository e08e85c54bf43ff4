import FamilyAid

/// 家庭共济缴费 for one member: this coverage year's amount, where it is paid from and what is
/// left after it, with "pay" and "not now" (the focus on "not now", so Enter alone pays
/// nothing). Outside the window, or when the year is already paid, the screen says so with the
/// window's dates and offers only "back".
enum PremiumScreen: ScreenFeature {
    static let helpKey = "help.premium"

    static func step(_ state: AppState) -> Step? { nil }

    static func count(_ state: AppState) -> Int {
        if case .payable = PremiumFlow.standing(state) { return 2 }
        return 1
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: count(state)), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .sharingDetail, &state)
            return []
        }
        let payable = count(state) == 2
        return ChoiceKey.handle(key, count: count(state), &state) { index, state in
            if payable, index == 0 { return PremiumFlow.pay(&state) }
            ScreenRouter.go(to: .sharingDetail, &state)
            return []
        }
    }

    /// Where the money comes from, and how much stays there after `amount`.
    static func source(_ entry: SharingEntry, amount: Money, _ state: AppState) -> String {
        let text = state.text
        if let quota = entry.relationship.quota {
            return text("premium.from_quota", ["left": quota.unused.yuanText, "after": (quota.unused - amount).yuanText])
        }
        let balance = state.session.person?.accountBalance ?? .zero
        return text("premium.from_account", ["balance": balance.yuanText, "after": (balance - amount).yuanText])
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let entry = state.session.sharing.selectedEntry else { return }
        let text = state.text
        canvas.paragraph(text("premium.title", ["name": entry.otherLabel]), style: .title)
        canvas.skip()
        switch PremiumFlow.standing(state) {
        case .checking:
            canvas.paragraph(text["premium.checking"], style: .hint)
            canvas.skip()
            canvas.menu([text["premium.back"]], focused: state.focus)
        case .payable(let premium):
            canvas.paragraph(text("premium.ask", [
                "name": entry.otherLabel, "year": "\(premium.coverageYear)", "amount": premium.amount.yuanText,
            ]))
            canvas.skip()
            canvas.paragraph(source(entry, amount: premium.amount, state))
            canvas.paragraph(text("premium.window", window(premium)), style: .hint)
            canvas.skip()
            canvas.menu([text["premium.pay"], text["premium.not_now"]], focused: state.focus)
        case .alreadyPaid(let premium, let paid):
            canvas.paragraph(text("premium.already_paid", [
                "name": entry.otherLabel, "year": "\(premium.coverageYear)", "date": paid.date.description,
                "amount": paid.amount.yuanText,
            ]))
            canvas.paragraph(text("premium.window", window(premium)), style: .hint)
            canvas.skip()
            canvas.menu([text["premium.back"]], focused: state.focus)
        case .outsideWindow(let next):
            if let next {
                canvas.paragraph(text("premium.outside", window(next)))
            } else {
                canvas.paragraph(text["premium.no_window"])
            }
            canvas.skip()
            canvas.menu([text["premium.back"]], focused: state.focus)
        }
    }

    static func window(_ premium: PremiumEntry) -> [String: String] {
        ["year": "\(premium.coverageYear)", "opens": premium.opens.description, "closes": premium.closes.description,
         "amount": premium.amount.yuanText]
    }
}
