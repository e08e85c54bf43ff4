import FamilyAid
import KioskFrame

/// The commitment letter (承诺书), scrolled with ↑/↓, PgUp/PgDn, the footer's PgDn or, on the PIN
/// pad, Enter for the next page; a line says how far the reader is. Only once the end has been
/// reached does 1 tick 我已阅读并同意, and then Enter goes on to the PIN.
enum CommitmentLetterScreen: ScreenFeature {
    static let helpKey = "help.letter"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] {
        let letter = state.session.letter
        // Once the end is reached the tick takes the page key's place, so the footer keeps F2 and F10.
        guard letter.readToEnd else { return [.scroll, .pageDown, .back] }
        return [.scroll, .choose(count: 1)] + (letter.agreed ? [.confirm] : []) + [.back]
    }

    static func page(_ state: AppState) -> TextPage? {
        let chrome = Chrome(text: state.text, size: state.size)
        return LetterFlow.page(state, width: state.size.columns - 8, rows: chrome.bodyRows.count - 6)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        if key == .escape {
            LetterFlow.back(&state)
            return []
        }
        guard let page = page(state) else { return [] }
        let letter = state.session.letter
        switch key {
        case .character("1"):
            LetterFlow.toggleAgreement(&state)
        case .enter where !page.isAtEnd(letter.scroll):
            let position = page.clamped(letter.scroll + page.visibleRows - 1)
            LetterFlow.scroll(to: position, atEnd: page.isAtEnd(position), &state)
        case .enter:
            LetterFlow.scroll(to: letter.scroll, atEnd: true, &state)
            LetterFlow.proceed(&state)
        default:
            if let position = page.scroll(letter.scroll, by: key) {
                LetterFlow.scroll(to: position, atEnd: page.isAtEnd(position), &state)
            }
        }
        return []
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        let text = state.text
        canvas.paragraph(text["letter.title"], style: .title)
        canvas.skip()
        guard let page = page(state) else {
            canvas.paragraph(text["letter.missing"], style: .error)
            return
        }
        let letter = state.session.letter
        page.draw(scroll: letter.scroll, on: &canvas)
        canvas.row = canvas.bottom - 3
        if letter.readToEnd || page.isAtEnd(letter.scroll) && page.maxScroll == 0 {
            let mark = letter.agreed ? "letter.agreed" : "letter.not_agreed"
            canvas.menu([text[mark]], focused: nil)
        } else {
            canvas.paragraph(text["letter.read_on"], style: .hint)
        }
    }
}
