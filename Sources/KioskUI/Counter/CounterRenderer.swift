import KioskFrame

/// Draws the console: the window-too-small notice, or the header (with the operator signed in),
/// the body (the lock screen instead of the work while locked, or the help page over it), the
/// footer with the keys that work here.
enum CounterRenderer {
    static func render(_ state: CounterState) -> Rendering {
        if state.isTooSmall { return tooSmall(state) }
        let chrome = Chrome(text: state.text, size: state.size)
        var canvas = Canvas(size: state.size, text: state.text, bodyRows: chrome.bodyRows)
        drawHeader(state, chrome: chrome, on: &canvas)
        let global: [KeyHint] = [.help, .language, .quitConsole]
        let helpKey = state.isLocked ? CounterLockScreen.helpKey : CounterRouter.feature(for: state.screen).helpKey
        if state.helpOpen {
            canvas.paragraph(state.text["counter.help.title"], style: .title)
            canvas.skip()
            canvas.paragraph(state.text[helpKey])
            canvas.rendering.targets += chrome.drawFooter(into: &canvas.rendering.frame, hints: [KeyHint("Esc", "keys.close_help")] + global)
            return canvas.rendering
        }
        let hints: [KeyHint]
        if state.isLocked {
            CounterLockScreen.draw(state, on: &canvas)
            hints = CounterLockScreen.hints(state)
        } else {
            let feature = CounterRouter.feature(for: state.screen)
            feature.draw(state, on: &canvas)
            hints = feature.hints(state)
        }
        canvas.rendering.targets += chrome.drawFooter(into: &canvas.rendering.frame, hints: hints + global)
        return canvas.rendering
    }

    private static func drawHeader(_ state: CounterState, chrome: Chrome, on canvas: inout Canvas) {
        chrome.drawHeader(into: &canvas.rendering.frame, step: nil, isDemo: state.isDemoStore)
        // The title names the console, and who works it: the header of every screen but the lock.
        canvas.rendering.frame.fill(row: 0, column: 0, columns: state.size.columns / 2 + 8, style: .title)
        let title = state.signedIn.map { state.text("counter.title_signed_in", ["operator": $0.id]) } ?? state.text["counter.title"]
        canvas.rendering.frame.write(" " + title, at: Position(row: 0, column: 0), style: .title, limit: state.size.columns / 2 + 8)
    }

    private static func tooSmall(_ state: CounterState) -> Rendering {
        var rendering = Rendering(size: state.size)
        let minimum = state.settings.minimumSize
        let lines = [state.text["too_small.title"]] + TextLayout.wrap(
            state.text("too_small.body", [
                "min_columns": "\(minimum.columns)", "min_rows": "\(minimum.rows)",
                "columns": "\(state.size.columns)", "rows": "\(state.size.rows)",
            ]),
            width: max(1, state.size.columns - 2))
        let top = max(0, (state.size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = TextLayout.centredColumn(textWidth: line.displayWidth, in: state.size.columns)
            rendering.frame.write(line, at: Position(row: top + offset, column: column), style: offset == 0 ? .error : .plain)
        }
        return rendering
    }
}
