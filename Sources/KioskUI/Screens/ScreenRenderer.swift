import KioskFrame

/// Draws the whole screen for a state: the window-too-small notice, or the header, the current
/// screen's body, the footer, and whatever lies over them (help, a store that cannot save, the
/// idle countdown).
enum ScreenRenderer {
    static func render(_ state: AppState) -> Rendering {
        if state.isTooSmall { return TooSmallScreen.render(state) }
        let feature = ScreenRouter.feature(for: state.screen)
        let chrome = Chrome(text: state.text, size: state.size)
        var canvas = Canvas(size: state.size, text: state.text, bodyRows: chrome.bodyRows)
        let title = state.settings.counterClerk.map { state.text("counter.assisting_title", ["operator": $0]) }
        chrome.drawHeader(into: &canvas.rendering.frame, step: feature.step(state), isDemo: state.isDemoStore, title: title)

        if let scroll = state.helpScroll {
            HelpOverlay.draw(state, scroll: scroll, helpKey: feature.helpKey, on: &canvas)
            canvas.rendering.targets += chrome.drawFooter(into: &canvas.rendering.frame, hints: HelpOverlay.hints)
            return canvas.rendering
        }
        feature.draw(state, on: &canvas)
        let hints = feature.hints(state) + [.help, .language, .endSession]
        canvas.rendering.targets += chrome.drawFooter(into: &canvas.rendering.frame, hints: hints)
        if let notice = state.storeNotice {
            StoreNoticeOverlay.draw(notice, text: state.text, on: &canvas.rendering)
        }
        if let secondsLeft = IdleWatch.secondsLeft(state) {
            IdleCountdownOverlay.draw(secondsLeft: secondsLeft, text: state.text, on: &canvas.rendering)
        }
        return canvas.rendering
    }
}
