import KioskFrame

/// A walkthrough as it plays: the kiosk's real screen, with the caption of the step in the line
/// above the footer (where the kiosk draws only a rule, so nothing of the kiosk is hidden), and
/// on its right whether the demo is paused or faster or slower than normal.
enum DemoCaptionLine {
    static func render(_ playback: Playback, in state: DemoState) -> Rendering {
        var rendering = Rendering(size: state.size)
        if let screen = playback.screen, screen.size == state.size { rendering.frame = screen }
        // Below the minimum size the kiosk says so itself, and there is no line to spare.
        guard !state.isTooSmall else { return rendering }
        draw(playback, in: state, on: &rendering.frame)
        return rendering
    }

    /// The caption line's row: the kiosk's rule above its footer.
    static func row(in size: Size) -> Int { size.rows - 2 }

    private static func draw(_ playback: Playback, in state: DemoState, on frame: inout Frame) {
        let text = state.text
        let row = row(in: state.size)
        frame.fill(row: row, column: 0, columns: state.size.columns, style: .plain)
        let status = self.status(playback, in: state)
        let statusWidth = status.isEmpty ? 0 : status.displayWidth + 2
        var column = 1
        column += frame.write(" \(text["demo.caption_label"]) ", at: Position(row: row, column: column), style: .badge) + 1
        let (line, style) = message(playback, in: state)
        let room = state.size.columns - column - statusWidth - 1
        frame.write(TextLayout.truncate(line, width: room), at: Position(row: row, column: column), style: style)
        if !status.isEmpty {
            frame.write(status, at: Position(row: row, column: state.size.columns - status.displayWidth - 1), style: .hint)
        }
    }

    /// The caption, or why the walkthrough stopped, or that it is over.
    private static func message(_ playback: Playback, in state: DemoState) -> (String, Style) {
        if let failure = playback.failure {
            return (state.text("demo.failed", ["reason": failure]), .error)
        }
        if playback.isOver, !state.loops { return (state.text["demo.finished"], .ok) }
        return (playback.captions.text(in: state.language) ?? "", .plain)
    }

    private static func status(_ playback: Playback, in state: DemoState) -> String {
        var parts: [String] = []
        if playback.isPaused { parts.append(state.text["demo.paused"]) }
        if state.speed != .normal { parts.append(state.text("demo.speed", ["speed": state.speed.label])) }
        return parts.joined(separator: "  ")
    }
}
