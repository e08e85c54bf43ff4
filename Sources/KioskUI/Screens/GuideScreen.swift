/// 家庭共济 is not 亲情账户: the most common reason residents think sharing "does not work".
/// A page that says so plainly, scrolled like any long text.
enum GuideScreen: ScreenFeature {
    static let helpKey = "help.guide"

    static func step(_ state: AppState) -> Step? { nil }

    static func hints(_ state: AppState) -> [KeyHint] { [.scroll, .back] }

    static func page(_ state: AppState) -> TextPage {
        let chrome = Chrome(text: state.text, size: state.size)
        return TextPage(state.text["guide.body"], width: state.size.columns - 8, visibleRows: chrome.bodyRows.count - 4)
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        switch key {
        case .escape, .enter:
            ScreenRouter.go(to: .home, &state)
        default:
            if let scroll = page(state).scroll(state.guideScroll, by: key) { state.guideScroll = scroll }
        }
        return []
    }

    static func draw(_ state: AppState, on canvas: inout Canvas) {
        canvas.paragraph(state.text["guide.title"], style: .title)
        canvas.skip()
        page(state).draw(scroll: state.guideScroll, on: &canvas)
    }
}
