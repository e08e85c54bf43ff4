import FamilyAid
import KioskFrame

/// One member's verdict, shown as soon as the member is complete and whenever the member is
/// chosen in the list: allowed, or every problem with what to do; then who must confirm and
/// which documents would prove the tie. The menu under it goes back to the list, changes the
/// member or removes it. A page too long for the screen turns with PgDn and PgUp, and with a
/// fourth menu item, so the PIN pad alone reads it all; after the last page it starts again.
enum MemberVerdictScreen: ScreenFeature {
    static let helpKey = "help.members"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        guard let layout = layout(state) else { return [.back] }
        // Enter is left out of the footer when PgDn needs its room, so F10 always shows.
        return layout.isScrollable
            ? [.choose(count: layout.menuCount), .back, .pageDown]
            : [.choose(count: layout.menuCount), .confirm, .back]
    }

    /// The next page, or the first after the last.
    static func turnPage(forward: Bool, _ state: inout AppState) {
        guard let layout = layout(state), layout.isScrollable else { return }
        let step = max(1, layout.visibleRows - 1)
        let scroll = state.session.draft.verdictScroll
        state.session.draft.verdictScroll = forward
            ? (scroll >= layout.maxScroll ? 0 : min(layout.maxScroll, scroll + step))
            : max(0, scroll - step)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape:
            ScreenRouter.go(to: .memberList, &state)
            return []
        case .pageDown, .pageUp:
            turnPage(forward: key == .pageDown, &state)
            return []
        default:
            break
        }
        guard let layout = layout(state) else { return [] }
        return ChoiceKey.handle(key, count: layout.menuCount, &state) { index, state in
            let selected = state.session.draft.selected
            switch index {
            case 0: ScreenRouter.go(to: .memberList, &state)
            case 1: MemberFlow.startEditing(selected, &state)
            case 2: ScreenRouter.go(to: .memberRemove, &state)
            default: turnPage(forward: true, &state)
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
        /// Back, change, remove; and the next page when there is more than one.
        var menuCount: Int { isScrollable ? 4 : 3 }
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
        var menuRow = chrome.bodyRows.upperBound - 3
        var visible = menuRow - 1 - firstRow
        if lines.count > visible {
            // A fourth menu item, and a line saying how far the reader is.
            menuRow -= 1
            visible = menuRow - 2 - firstRow
        }
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
        var labels = [text["member_verdict.back"], text["member_verdict.edit"], text["member_verdict.remove"]]
        if layout.isScrollable {
            labels.append(text[start >= layout.maxScroll ? "member_verdict.first_page" : "member_verdict.next_page"])
        }
        canvas.menu(labels, focused: state.focus, spacing: 1)
    }
}
