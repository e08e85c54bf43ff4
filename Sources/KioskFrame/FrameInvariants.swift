/// The rules every frame keeps, whatever was drawn into it: what the terminal backend relies on
/// when it paints, and what the fuzz tests hold every frame to.
extension Frame {
    /// Each rule this frame breaks, in words with its row and column; empty for a sound frame.
    ///
    /// - every row is exactly as wide as the frame;
    /// - a wide glyph always has its covered half beside it, and a covered half its glyph;
    /// - the cursor, when shown, stands inside the frame on the first cell of a glyph in a
    ///   focused field (so an input method's window opens where the typing goes).
    public var invariantViolations: [String] {
        var problems: [String] = []
        for row in 0..<size.rows {
            problems += violations(inRow: row)
        }
        if let cursor {
            problems += cursorViolations(at: cursor)
        }
        return problems
    }

    /// The glyph rules and the row's width, read from the cells in one pass (fuzz runs check
    /// every frame, so this stays cheap): the width is what each grapheme measures, not what its
    /// cell claims.
    private func violations(inRow row: Int) -> [String] {
        var problems: [String] = []
        let base = row * size.columns
        var width = 0
        var column = 0
        while column < size.columns {
            let cell = cells[base + column]
            if cell.isContinuation {
                problems.append("row \(row) column \(column): a covered half without its glyph")
                column += 1
                continue
            }
            let measured = Self.width(of: cell.grapheme)
            width += measured
            if measured != Int(cell.width) {
                problems.append("row \(row) column \(column): a cell of width \(cell.width) holds a glyph \(measured) wide")
            }
            if cell.width == 2 {
                if column + 1 >= size.columns || !cells[base + column + 1].isContinuation {
                    problems.append("row \(row) column \(column): a wide glyph without its covered half")
                }
                column += 2
            } else {
                column += 1
            }
        }
        if width != size.columns {
            problems.append("row \(row) is \(width) columns wide, not \(size.columns)")
        }
        return problems
    }

    private static func width(of grapheme: Character) -> Int {
        if let ascii = grapheme.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return DisplayWidth.of(grapheme)
    }

    private func cursorViolations(at cursor: Position) -> [String] {
        guard cursor.row >= 0, cursor.row < size.rows, cursor.column >= 0, cursor.column < size.columns else {
            return ["the cursor at row \(cursor.row) column \(cursor.column) is outside the \(size) frame"]
        }
        let cell = self[cursor.row, cursor.column]
        var problems: [String] = []
        if cell.isContinuation {
            problems.append("the cursor at row \(cursor.row) column \(cursor.column) splits a wide glyph")
        }
        if cell.style != .focus {
            problems.append("the cursor at row \(cursor.row) column \(cursor.column) is not in a focused field")
        }
        return problems
    }
}
