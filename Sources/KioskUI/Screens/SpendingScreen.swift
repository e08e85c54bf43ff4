import FamilyAid
import KioskFrame

/// 消费明细: what my account paid for whom, what others' accounts paid for me, and the refunds
/// of my bills, for a period the resident picks with one digit (this month, the last three
/// months, this year). A long statement turns its page with a menu item, so the PIN pad alone
/// reads all of it.
enum SpendingScreen: ScreenFeature {
    static let helpKey = "help.spending"

    enum Item: Equatable {
        case range(SpendingRange)
        case nextPage
        case back
    }

    static func step(_ state: AppState) -> Step? { nil }

    /// The statement's lines as drawn, before paging.
    static func lines(_ state: AppState) -> [(String, Style)] {
        let text = state.text
        let view = state.session.spending
        if view.loadFailed { return [(text["spending.load_failed"], .error)] }
        guard let statement = view.statement else { return [(text["spending.loading"], .hint)] }
        var lines: [(String, Style)] = []
        lines.append((text["spending.section.by_me"], .title))
        lines += statement.paidByMe.isEmpty ? [(text["spending.none"], .hint)]
            : statement.paidByMe.map { (line($0, perspective: "by_me", text), .plain) }
        lines.append((text["spending.section.for_me"], .title))
        lines += statement.paidForMe.isEmpty ? [(text["spending.none"], .hint)]
            : statement.paidForMe.map { (line($0, perspective: "for_me", text), .plain) }
        lines.append((text["spending.section.refunds"], .title))
        lines += statement.refunds.isEmpty ? [(text["spending.none"], .hint)] : statement.refunds.map { (refund($0, text), .plain) }
        return lines
    }

    /// "2026-11-26  为 王*明 支付 500.00 元（共济额度）  单号 H-0001".
    static func line(_ line: SpendingLine, perspective: String, _ text: Localizer) -> String {
        let reference: String = switch line.reference {
        case .bill(let number): number
        case .refund(let bill, _): bill
        case .premium(_, _, let year): text("spending.premium_year", ["year": "\(year)"])
        case .quota: ""
        }
        let amount = Money(fen: abs(line.amount.fen))
        return text("spending.\(perspective).\(line.kind.rawValue)", [
            "date": line.date.description, "name": line.otherLabel, "amount": amount.yuanText, "reference": reference,
        ]) + (line.fromQuota ? text["spending.from_quota"] : "")
    }

    static func refund(_ refund: RefundLine, _ text: Localizer) -> String {
        let parts = [("sharers", refund.toSharers), ("own", refund.toOwnAccount), ("cash", refund.toCash)]
            .filter { $0.1.isPositive }
            .map { text("spending.refund_part.\($0.0)", ["amount": $0.1.yuanText]) }
        return text("spending.refund", [
            "date": refund.date.description, "bill": refund.billNumber, "amount": refund.amount.yuanText,
            "parts": parts.joined(separator: text["spending.refund_part.separator"]),
        ])
    }

    /// Rows for the statement: the body less the title, the period, and the menu row.
    static func rowsPerPage(_ state: AppState) -> Int {
        max(1, state.size.rows - 4 - 5)
    }

    static func pageCount(_ state: AppState) -> Int {
        let count = lines(state).count
        return max(1, (count + rowsPerPage(state) - 1) / rowsPerPage(state))
    }

    static func items(_ state: AppState) -> [Item] {
        SpendingRange.allCases.map(Item.range) + (pageCount(state) > 1 ? [.nextPage] : []) + [.back]
    }

    static func hints(_ state: AppState) -> [KeyHint] { [.choose(count: items(state).count), .confirm, .back] }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: .home, &state)
            return []
        }
        let items = items(state)
        let pages = pageCount(state)
        return ChoiceKey.handle(key, count: items.count, &state) { index, state in
            switch items[index] {
            case .range(let range):
                state.focus = index
                return SpendingFlow.choose(range, &state)
            case .nextPage:
                SpendingFlow.nextPage(pages: pages, &state)
                return []
            case .back:
                ScreenRouter.go(to: .home, &state)
                return []
            }
        }
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        let view = state.session.spending
        let (from, to) = view.range.dates(today: state.today)
        canvas.paragraph(text["spending.title"], style: .title)
        var period = text("spending.period", ["from": from.description, "to": to.description])
        if pageCount(state) > 1 {
            period += "  " + text("spending.page", ["page": "\(view.page + 1)", "pages": "\(pageCount(state))"])
        }
        canvas.paragraph(period, style: .hint)
        canvas.skip()
        let all = lines(state)
        let perPage = rowsPerPage(state)
        let start = min(view.page * perPage, max(0, all.count - 1))
        for (line, style) in all[start..<min(all.count, start + perPage)] {
            canvas.line(line, style: style)
        }
        canvas.row = canvas.bottom - 1
        let labels = items(state).map { item in
            switch item {
            case .range(let range): text["spending.range.\(range.rawValue)"]
            case .nextPage: text["spending.next_page"]
            case .back: text["spending.back"]
            }
        }
        canvas.menuRow(labels, focused: state.focus)
    }
}

extension Canvas {
    /// One line, cut to the body's width (a statement line never wraps, so pages stay even).
    mutating func line(_ content: String, style: Style = .plain) {
        guard row < bottom else { return }
        rendering.frame.write(TextLayout.truncate(content, width: width), at: Position(row: row, column: margin), style: style)
        row += 1
    }

    /// A numbered menu on one row ("1 本月  2 近三个月 …"): chosen by digit, arrows, Enter or a tap.
    mutating func menuRow(_ labels: [String], focused: Int?) {
        var column = margin
        for (index, label) in labels.enumerated() {
            let digit = ChoiceList.digit(index)
            let written = rendering.frame.write(
                " \(digit). \(label) ", at: Position(row: row, column: column), style: focused == index ? .focus : .plain)
            rendering.targets.append(TapTarget(Rect(row: row, column: column, columns: written), .press(.character(Character("\(digit)")))))
            column += written + 1
        }
        row += 1
    }
}
