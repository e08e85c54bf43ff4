import KioskFrame

/// The box in the middle of the screen that asks a resident who stopped pressing keys whether
/// they are still there, with the seconds left before everything they typed is discarded.
enum IdleCountdownOverlay {
    static func draw(secondsLeft: Int, text: Localizer, on rendering: inout Rendering) {
        let size = rendering.frame.size
        // A band across the whole width, so nothing of the screen beneath shows beside it.
        let body = TextLayout.wrap(text("idle.body", ["seconds": "\(secondsLeft)"]), width: min(size.columns - 8, 64))
        let lines = ["", text["idle.title"], ""] + body + [""]
        let height = lines.count + 2
        let top = (size.rows - height) / 2
        rendering.frame.horizontalLine(row: top)
        for offset in 0..<(height - 2) {
            rendering.frame.fill(row: top + 1 + offset, column: 0, columns: size.columns, style: .plain)
        }
        rendering.frame.horizontalLine(row: top + height - 1)
        for (offset, line) in lines.enumerated() {
            let column = TextLayout.centredColumn(textWidth: line.displayWidth, in: size.columns)
            rendering.frame.write(line, at: Position(row: top + 1 + offset, column: column), style: offset == 1 ? .title : .plain)
        }
        // While the box is up, a tap anywhere means "still here", like any key.
        rendering.targets = [TapTarget(Rect(row: 0, column: 0, columns: size.columns, rows: size.rows), .press(.character(" ")))]
        rendering.frame.cursor = nil
    }
}
