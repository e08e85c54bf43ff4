extension Frame {
    /// The text of one row as a person would read it: every drawn grapheme, covered halves of wide
    /// glyphs skipped, line cells as "─".
    public func line(_ row: Int) -> String {
        var text = ""
        text.reserveCapacity(size.columns)
        for column in 0..<size.columns {
            let cell = self[row, column]
            if !cell.isContinuation { text.append(cell.grapheme) }
        }
        return text
    }

    /// The whole frame as text, one line per row, trailing spaces removed: the form golden files
    /// and replay output take.
    public var text: String {
        (0..<size.rows).map { line($0).trimmingTrailingSpaces() }.joined(separator: "\n")
    }

    /// Whether `needle` appears on the screen, inside one row or across the rows read in order.
    public func contains(_ needle: String) -> Bool {
        if needle.isEmpty { return true }
        let lines = (0..<size.rows).map { line($0) }
        if lines.contains(where: { $0.contains(needle) }) { return true }
        let squeezed = lines.map { $0.trimmingTrailingSpaces() }.joined(separator: " ")
        return squeezed.contains(needle)
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> String {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " { end = index(before: end) }
        return String(self[startIndex..<end])
    }
}
