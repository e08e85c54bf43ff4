import KioskFrame

/// A long text shown a window at a time: wrapped to the width, scrolled with ↑/↓ and PgUp/PgDn,
/// with a line saying how far the reader is. Help pages use it, and the commitment letter will.
struct TextPage {
    let lines: [String]
    let visibleRows: Int

    init(_ content: String, width: Int, visibleRows: Int) {
        lines = TextLayout.wrap(content, width: width)
        self.visibleRows = max(1, visibleRows)
    }

    var maxScroll: Int { max(0, lines.count - visibleRows) }

    func clamped(_ scroll: Int) -> Int { min(max(0, scroll), maxScroll) }

    /// The scroll position after a key, or nil when the key does not scroll.
    func scroll(_ scroll: Int, by key: Key) -> Int? {
        switch key {
        case .up: clamped(scroll - 1)
        case .down: clamped(scroll + 1)
        case .pageUp: clamped(scroll - (visibleRows - 1))
        case .pageDown, .character(" "): clamped(scroll + (visibleRows - 1))
        case .home: 0
        case .end: maxScroll
        default: nil
        }
    }

    func isAtEnd(_ scroll: Int) -> Bool { clamped(scroll) >= maxScroll }

    /// Draws the visible lines from the canvas's current row, then the position line.
    func draw(scroll: Int, on canvas: inout Canvas) {
        let start = clamped(scroll)
        for line in lines[start..<min(lines.count, start + visibleRows)] {
            canvas.rendering.frame.write(line, at: Position(row: canvas.row, column: canvas.margin))
            canvas.row += 1
        }
        if maxScroll > 0 {
            canvas.row = max(canvas.row, canvas.bottom - 1)
            let shownEnd = min(lines.count, start + visibleRows)
            canvas.paragraph(canvas.text("page.position", ["from": "\(start + 1)", "to": "\(shownEnd)", "total": "\(lines.count)"]), style: .hint)
        }
    }
}
