import KioskFrame

/// F1: the help page of the current screen, over it. Esc, Enter or F1 closes it.
enum HelpOverlay {
    static let hints: [KeyHint] = [.scroll, KeyHint("Esc", "keys.close_help"), .language, .endSession]

    static func page(_ state: AppState, helpKey: String) -> TextPage {
        let chrome = Chrome(text: state.text, size: state.size)
        return TextPage(state.text[helpKey], width: state.size.columns - 8, visibleRows: chrome.bodyRows.count - 4)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        let helpKey = ScreenRouter.feature(for: state.screen).helpKey
        switch key {
        case .escape, .enter, .function(1):
            state.helpScroll = nil
        default:
            if let scroll = page(state, helpKey: helpKey).scroll(state.helpScroll ?? 0, by: key) {
                state.helpScroll = scroll
            }
        }
        return []
    }

    static func draw(_ state: AppState, scroll: Int, helpKey: String, on canvas: inout Canvas) {
        canvas.paragraph(state.text["help.title"], style: .title)
        canvas.skip()
        page(state, helpKey: helpKey).draw(scroll: scroll, on: &canvas)
    }
}
