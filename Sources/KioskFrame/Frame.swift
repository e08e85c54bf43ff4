/// A whole screen as a grid of cells: what `view` produces and the terminal backend paints.
///
/// Writing never leaves half a wide glyph: text that does not fit stops before a glyph that would
/// cross the clip edge, and overwriting either half of a wide glyph blanks both halves.
public struct Frame: Hashable, Sendable {
    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the terminal's real cursor goes (the focused text field), so that an input method's
    /// candidate window appears there; nil hides the cursor.
    public var cursor: Position?

    public init(size: Size, style: Style = .plain) {
        self.size = Size(columns: max(0, size.columns), rows: max(0, size.rows))
        cells = Array(repeating: .blank(style), count: self.size.columns * self.size.rows)
        cursor = nil
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes `text` from `position`, clipped to the frame and to `limit` columns, and returns the
    /// number of columns written. Control characters are drawn as "?" so nothing typed can ever
    /// reach the terminal as an escape sequence.
    @discardableResult
    public mutating func write(
        _ text: some StringProtocol, at position: Position, style: Style = .plain, limit: Int = .max
    ) -> Int {
        guard position.row >= 0, position.row < size.rows else { return 0 }
        let end = min(size.columns, position.column.addingReportingOverflow(limit).overflow
            ? size.columns : position.column + limit)
        var column = position.column
        for character in text {
            let (glyph, width) = Frame.drawable(character)
            if width == 0 { continue }
            if column + width > end { break }
            if column >= 0 {
                place(glyph, width: width, row: position.row, column: column, style: style)
            }
            column += width
        }
        return max(0, column - position.column)
    }

    /// Fills `columns` cells of a row with spaces in `style` (a focus bar, a field's background).
    public mutating func fill(row: Int, column: Int, columns: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        let start = max(0, column)
        let end = min(size.columns, column + columns)
        guard start < end else { return }
        for index in start..<end {
            place(" ", width: 1, row: row, column: index, style: style)
        }
    }

    /// A horizontal line across `columns` cells, drawn by the backend with the terminal's own
    /// line-drawing character.
    public mutating func horizontalLine(row: Int, column: Int = 0, columns: Int? = nil) {
        let count = columns ?? size.columns - column
        guard row >= 0, row < size.rows, count > 0 else { return }
        for index in max(0, column)..<min(size.columns, column + count) {
            place(Cell.horizontalLine, width: 1, row: row, column: index, style: .border)
        }
    }

    /// Restyles cells already written (for example to highlight a focused item) without
    /// changing their text.
    public mutating func restyle(row: Int, column: Int, columns: Int, style: Style) {
        guard row >= 0, row < size.rows else { return }
        for index in max(0, column)..<min(size.columns, column + columns) {
            cells[row * size.columns + index].style = style
        }
    }

    private mutating func place(_ glyph: Character, width: Int, row: Int, column: Int, style: Style) {
        let base = row * size.columns
        clearWideGlyph(touching: column, base: base)
        if width == 2 { clearWideGlyph(touching: column + 1, base: base) }
        cells[base + column] = Cell(grapheme: glyph, width: UInt8(width), style: style)
        if width == 2 {
            cells[base + column + 1] = Cell(grapheme: " ", width: 0, style: style)
        }
    }

    /// Before a cell is overwritten, blanks the other half of any wide glyph that covers it.
    private mutating func clearWideGlyph(touching column: Int, base: Int) {
        let cell = cells[base + column]
        if cell.isContinuation, column > 0 {
            cells[base + column - 1] = .blank(cells[base + column - 1].style)
            cells[base + column] = .blank(cell.style)
        } else if cell.width == 2, column + 1 < size.columns {
            cells[base + column + 1] = .blank(cells[base + column + 1].style)
        }
    }

    private static func drawable(_ character: Character) -> (Character, Int) {
        if character.unicodeScalars.contains(where: isControl) { return ("?", 1) }
        return (character, DisplayWidth.of(character))
    }

    /// General category Cc, which Unicode fixes for ever as C0, DEL and C1: asked by value, since
    /// the property lookup was a measurable part of every frame.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
