import KioskFrame

/// A box drawn over whatever screen is beneath: a band across the whole width, so nothing of
/// that screen shows beside it, with a title and wrapped lines centred in it. While it is up, a
/// tap anywhere answers it as `key` does.
enum OverlayBand {
    /// The width the band's text is wrapped to on a screen `columns` wide.
    static func textWidth(columns: Int) -> Int { min(columns - 8, 64) }

    static func draw(title: String, titleStyle: Style, body: [String], tap key: Key, on rendering: inout Rendering) {
        let size = rendering.frame.size
        let lines = ["", title, ""] + body + [""]
        let height = lines.count + 2
        let top = max(0, (size.rows - height) / 2)
        rendering.frame.horizontalLine(row: top)
        for offset in 0..<(height - 2) {
            rendering.frame.fill(row: top + 1 + offset, column: 0, columns: size.columns, style: .plain)
        }
        rendering.frame.horizontalLine(row: top + height - 1)
        for (offset, line) in lines.enumerated() {
            let column = TextLayout.centredColumn(textWidth: line.displayWidth, in: size.columns)
            rendering.frame.write(line, at: Position(row: top + 1 + offset, column: column), style: offset == 1 ? titleStyle : .plain)
        }
        rendering.targets = [TapTarget(Rect(row: 0, column: 0, columns: size.columns, rows: size.rows), .press(key))]
        rendering.frame.cursor = nil
    }
}
