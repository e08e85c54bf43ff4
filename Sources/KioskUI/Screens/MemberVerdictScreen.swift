import FamilyAid
import KioskFrame

/// One member's verdict, shown as soon as the member is complete and whenever the member is
/// chosen in the list: allowed, or every problem with what to do; then who must confirm and
/// which documents would prove the tie. The page scrolls with PgUp/PgDn (PgDn at the end
/// starts again at the top, so a touch on the footer alone reads it all); the menu under it goes
/// back to the list, changes the member or removes it.
enum MemberVerdictScreen: ScreenFeature {
    static let helpKey = "help.members"
    static let menuCount = 3

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        // Enter is left out of the footer when PgDn needs its room, so F10 always shows.
        layout(state)?.isScrollable == true ? [.choose(count: menuCount), .back, .pageDown] : [.choose(count: menuCount), .confirm, .back]
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            ScreenRouter.go(to: .memberList, &state)
            return []
        case .pageDown, .pageUp:
            guard let layout = layout(state), layout.isScrollable else { return [] }
            let step = max(1, layout.visibleRows - 1)
            let scroll = state.session.draft.verdictScroll
            state.session.draft.verdictScroll = key == .pageUp
                ? max(0, scroll - step)
                : (scroll >= layout.maxScroll ? 0 : min(layout.maxScroll, scroll + step))
            return []
        default:
            break
        }
        return ChoiceKey.handle(key, count: menuCount, &state) { index, state in
            let selected = state.session.draft.selected
            switch index {
            case 0: ScreenRouter.go(to: .memberList, &state)
            case 1: MemberFlow.startEditing(selected, &state)
            default: ScreenRouter.go(to: .memberRemove, &state)
            }
            return []
        }
    }

    /// Where the page goes on this screen and how much of it shows.
    struct Layout {
        var lines: [(String, Style, Int)]
        var firstRow: Int
        var visibleRows: Int
        var menuRow: Int

        var isScrollable: Bool { lines.count > visibleRows }
        var maxScroll: Int { max(0, lines.count - visibleRows) }
    }

    static let titleRows = 3

    static func layout(_ state: AppState) -> Layout? {
        let draft = state.session.draft
        guard draft.members.indices.contains(draft.selected) else { return nil }
        let chrome = Chrome(text: state.text, size: state.size)
        let width = state.size.columns - 8
        let lines: [(String, Style, Int)]
        if let verdicts = MemberFlow.verdicts(state) {
            lines = MemberVerdictText.lines(verdicts[draft.selected], member: draft.members[draft.selected], state: state)
                .flatMap { line in
                    // An item's first line starts with its "- "; the lines it continues on stand under
                    // its text.
                    TextLayout.wrap(line.text, width: width - line.indent).enumerated().map { offset, wrapped in
                        (wrapped, line.style, offset == 0 ? 0 : line.indent)
                    }
                }
        } else {
            lines = [(state.text["verdict.checking"], .hint, 0)]
        }
        let firstRow = chrome.bodyRows.lowerBound + titleRows
        let menuRow = chrome.bodyRows.upperBound - menuCount
        var visible = menuRow - 1 - firstRow
        if lines.count > visible { visible -= 1 }
        return Layout(lines: lines, firstRow: firstRow, visibleRows: max(1, visible), menuRow: menuRow)
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let draft = state.session.draft
        guard let layout = layout(state) else { return }
        let member = draft.members[draft.selected]
        let text = state.text
        canvas.paragraph(text("member_verdict.title", [
            "name": member.person.name.masked, "relation": MemberVerdictText.relationName(member.relation, text),
        ]), style: .title)
        canvas.labelled(text["member_verdict.mobile"], member.mobile.masked)
        canvas.row = layout.firstRow
        let start = min(draft.verdictScroll, layout.maxScroll)
        for (line, style, indent) in layout.lines[start..<min(layout.lines.count, start + layout.visibleRows)] {
            canvas.rendering.frame.write(line, at: Position(row: canvas.row, column: canvas.margin + indent), style: style)
            canvas.row += 1
        }
        if layout.isScrollable {
            let end = min(layout.lines.count, start + layout.visibleRows)
            canvas.rendering.frame.write(
                text("page.position", ["from": "\(start + 1)", "to": "\(end)", "total": "\(layout.lines.count)"]),
                at: Position(row: layout.menuRow - 2, column: canvas.margin), style: .hint)
        }
        canvas.row = layout.menuRow
        canvas.menu([text["member_verdict.back"], text["member_verdict.edit"], text["member_verdict.remove"]],
                    focused: state.focus, spacing: 1)
    }
}
