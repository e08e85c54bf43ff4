import KioskFrame

/// The demo's first screen: what the demo is, the keys that steer it, and the walkthroughs by
/// number, in the kiosk's own header and footer.
enum DemoMenuScreen {
    static let hints = [KeyHint.confirm, .language, KeyHint("F10", "demo.quit")]

    static func render(_ state: DemoState) -> Rendering {
        let text = state.text
        let chrome = Chrome(text: text, size: state.size)
        var canvas = Canvas(size: state.size, text: text, bodyRows: chrome.bodyRows)
        guard !state.isTooSmall else {
            var kiosk = AppState(settings: KioskSettings(), catalog: state.catalog, isDemoStore: true, size: state.size, now: state.now)
            kiosk.language = state.language
            return TooSmallScreen.render(kiosk)
        }
        chrome.drawHeader(into: &canvas.rendering.frame, step: nil, isDemo: true)
        canvas.paragraph(text["demo.menu_title"], style: .title)
        canvas.skip()
        canvas.paragraph(text["demo.menu_intro"])
        canvas.skip()
        canvas.menu(state.walkthroughs.map { text[$0.titleKey] }, focused: state.menuFocus, spacing: 1)
        let choose = KeyHint.choose(count: state.walkthroughs.count)
        canvas.rendering.targets += chrome.drawFooter(into: &canvas.rendering.frame, hints: [choose] + hints)
        return canvas.rendering
    }
}
