import FamilyAid
import KioskFrame

/// One member's authorization period, where the profile has the sharer choose dates (Jiangsu,
/// Guizhou): the first and the last day, 8 digits each (the first filled in with today). A bad
/// date is said in words under the fields.
///
/// Focus 0 is the first day, 1 the last day, 2 the confirm button, 3 the back button. Enter on
/// the first day moves to the last; Enter elsewhere confirms, but on the back button.
enum PaymentPeriodScreen: ScreenFeature {
    static let helpKey = "help.payment"
    static let count = 4

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard PaymentFlow.current(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch key {
        case .escape:
            PaymentFlow.backFromPeriod(&state)
        case .tab, .down:
            state.focus = (state.focus + 1) % count
        case .backTab, .up:
            state.focus = (state.focus + count - 1) % count
        case .enter:
            switch state.focus {
            case 0: state.focus = 1
            case 3: PaymentFlow.backFromPeriod(&state)
            default: PaymentFlow.confirmPeriod(&state)
            }
        default:
            edit(key, &state)
        }
        return []
    }

    /// A key for the date in focus (the first day when a button has the focus).
    static func edit(_ key: Key, _ state: inout AppState) {
        if state.focus > 1 { state.focus = 0 }
        let isStart = state.focus == 0
        if case .character(let character) = key {
            guard let digit = MemberMobileScreen.normalizedInput(character), digit != "+" else {
                state.session.payment.notice = .dateDigitsOnly
                return
            }
            PaymentFlow.update(&state) { choice in
                if isStart { choice.startText.insert(digit) } else { choice.endText.insert(digit) }
                choice.period = nil
            }
            state.session.payment.notice = nil
            return
        }
        var handled = false
        PaymentFlow.update(&state) { choice in
            handled = isStart ? choice.startText.apply(key) : choice.endText.apply(key)
            if handled { choice.period = nil }
        }
        if handled { state.session.payment.notice = nil }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, choice) = PaymentFlow.current(state) else { return }
        let text = state.text
        canvas.paragraph(text("payment.period_title", ["name": member.person.name.masked]), style: .title)
        canvas.skip()
        canvas.paragraph(text["payment.period_why"], style: .hint)
        canvas.skip()
        canvas.field(choice.startText, label: text["payment.period_start"], width: 10, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        canvas.field(choice.endText, label: text["payment.period_end"], width: 10, isFocused: state.focus == 1, focusIndex: 1)
        canvas.skip()
        switch state.session.payment.notice {
        case .startEmpty: canvas.paragraph(text["payment.start_empty"], style: .error)
        case .endEmpty: canvas.paragraph(text["payment.end_empty"], style: .error)
        case .startInvalid: canvas.paragraph(text["payment.start_invalid"], style: .error)
        case .endInvalid: canvas.paragraph(text["payment.end_invalid"], style: .error)
        case .startInPast: canvas.paragraph(text("payment.start_in_past", ["today": "\(state.today)"]), style: .error)
        case .endNotAfterStart: canvas.paragraph(text["payment.end_not_after_start"], style: .error)
        case .dateDigitsOnly: canvas.paragraph(text["payment.date_digits_only"], style: .error)
        default: canvas.paragraph(text["payment.period_hint"], style: .hint)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 2)
    }
}
