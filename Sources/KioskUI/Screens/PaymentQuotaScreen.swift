import FamilyAid
import KioskFrame

/// One member's payment mode under N26, second part: the quota (共济额度) set aside for them from
/// the shareable balance. While the amount is typed the screen shows what would be set aside for
/// all members and what stays available to the sharer; a bad amount is said in words.
///
/// Focus 0 is the field, 1 the confirm button, 2 the back button.
enum PaymentQuotaScreen: ScreenFeature {
    static let helpKey = "help.payment"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.confirm, .back, .next] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard PaymentFlow.current(state) != nil else {
            ScreenRouter.go(to: .memberList, &state)
            return []
        }
        switch FormKey.interpret(key, &state) {
        case .back:
            PaymentFlow.showUses(of: state.session.payment.current, &state)
        case .submit:
            PaymentFlow.confirmQuota(&state)
        case .focusMoved:
            break
        case .edit(.character(let character)):
            state.focus = FormKey.fieldFocus
            guard let typed = normalizedInput(character) else {
                state.session.payment.notice = .quotaDigitsOnly
                return []
            }
            PaymentFlow.update(&state) { choice in
                choice.quotaText.insert(typed)
                choice.quota = nil
            }
            state.session.payment.notice = nil
        case .edit(let key):
            var handled = false
            PaymentFlow.update(&state) { choice in
                handled = choice.quotaText.apply(key)
                if handled { choice.quota = nil }
            }
            if handled {
                state.focus = FormKey.fieldFocus
                state.session.payment.notice = nil
            }
        }
        return []
    }

    /// Digits (full-width ones become ordinary) and the decimal point; nil for anything else.
    static func normalizedInput(_ character: Character) -> Character? {
        if character == "." || character == "。" || character == "．" { return "." }
        guard let typed = IdentityNumberScreen.normalizedInput(character), typed.isASCII, typed.isNumber else { return nil }
        return typed
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        guard let (member, choice) = PaymentFlow.current(state) else { return }
        let text = state.text
        let sums = QuotaSums(state)
        canvas.paragraph(text("payment.quota_title", ["name": member.person.name.masked]), style: .title)
        canvas.skip()
        canvas.paragraph(text["payment.quota_why"], style: .hint)
        canvas.skip()
        let rows: [(String, Money)] = [
            (text["payment.shareable"], sums.shareable),
            (text["payment.ring_fenced"], sums.ringFenced),
            (text["payment.stays_available"], sums.staysAvailable),
        ]
        let valueColumn = rows.map(\.0.displayWidth).max().map { $0 + 2 } ?? 20
        // Amounts right-aligned, so the digits line up for comparing.
        let amountWidth = rows.map(\.1.yuanText.count).max() ?? 0
        for (label, amount) in rows {
            let padded = String(repeating: " ", count: amountWidth - amount.yuanText.count) + amount.yuanText
            canvas.labelled(label, text("payment.amount", ["amount": padded]), valueColumn: valueColumn,
                            style: amount.isNegative ? .error : .plain)
        }
        canvas.skip()
        canvas.field(choice.quotaText, label: text["payment.quota_label"], width: 12, isFocused: state.focus == 0, focusIndex: 0)
        canvas.skip()
        switch state.session.payment.notice {
        case .quotaEmpty: canvas.paragraph(text["payment.quota_empty"], style: .error)
        case .quotaInvalid: canvas.paragraph(text["payment.quota_invalid"], style: .error)
        case .quotaZero: canvas.paragraph(text["payment.quota_zero"], style: .error)
        case .quotaTooLarge(let available):
            canvas.paragraph(text("payment.quota_too_large", ["amount": available.yuanText]), style: .error)
        case .quotaDigitsOnly: canvas.paragraph(text["payment.quota_digits_only"], style: .error)
        default: canvas.paragraph(text["payment.quota_hint"], style: .hint)
        }
        canvas.row = max(canvas.row + 1, canvas.bottom - 2)
        canvas.buttons([text["button.confirm"], text["button.back"]], focused: state.focus, firstFocusIndex: 1)
    }
}
