import KioskFrame

/// The box over the screen that says the kiosk cannot save just now, why, that what was submitted
/// before is safe, and where to go instead. Any key or a tap takes the resident back to the screen
/// beneath, with everything they typed.
enum StoreNoticeOverlay {
    static func draw(_ notice: StoreNotice, text: Localizer, on rendering: inout Rendering) {
        let size = rendering.frame.size
        let width = min(size.columns - 8, 64)
        let body = TextLayout.wrap(text[notice.textKey], width: width) + [""] + TextLayout.wrap(text["store_notice.back"], width: width)
        let lines = ["", text["store_notice.title"], ""] + body + [""]
        let height = lines.count + 2
        let top = max(0, (size.rows - height) / 2)
        // A band across the whole width, so nothing of the screen beneath shows beside it.
        rendering.frame.horizontalLine(row: top)
        for offset in 0..<(height - 2) {
            rendering.frame.fill(row: top + 1 + offset, column: 0, columns: size.columns, style: .plain)
        }
        rendering.frame.horizontalLine(row: top + height - 1)
        for (offset, line) in lines.enumerated() {
            let column = TextLayout.centredColumn(textWidth: line.displayWidth, in: size.columns)
            rendering.frame.write(line, at: Position(row: top + 1 + offset, column: column), style: offset == 1 ? .error : .plain)
        }
        rendering.targets = [TapTarget(Rect(row: 0, column: 0, columns: size.columns, rows: size.rows), .press(.enter))]
        rendering.frame.cursor = nil
    }
}
