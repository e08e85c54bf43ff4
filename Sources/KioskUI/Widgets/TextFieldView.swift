import KioskFrame

/// Draws a `TextField` into a frame: the visible slice of the text (scrolled so the cursor is
/// always in view), masked with "*" for a PIN (ASCII, so its width is never ambiguous), and the terminal cursor placed in it when focused.
public struct TextFieldView {
    public var field: TextField
    public var width: Int
    public var isMasked: Bool
    public var isFocused: Bool

    public init(field: TextField, width: Int, isMasked: Bool = false, isFocused: Bool) {
        self.field = field
        self.width = width
        self.isMasked = isMasked
        self.isFocused = isFocused
    }

    /// Draws the field at `position` and returns the rectangle it covers (for taps).
    @discardableResult
    public func draw(into frame: inout Frame, at position: Position) -> Rect {
        let style: Style = isFocused ? .focus : .field
        frame.fill(row: position.row, column: position.column, columns: width, style: style)
        let shown: [Character] = isMasked ? Array(repeating: "*", count: field.graphemes.count) : field.graphemes
        let inner = width - 1  // one column kept free for the cursor at the end
        let cursorColumn = shown[..<field.cursor].reduce(0) { $0 + $1.displayWidth }
        // Scroll by whole graphemes until the cursor fits: never half a wide glyph at the edge.
        var first = 0
        var offset = 0
        while cursorColumn - offset > inner, first < shown.count {
            offset += shown[first].displayWidth
            first += 1
        }
        frame.write(String(shown[first...]), at: position, style: style, limit: inner)
        if isFocused {
            frame.cursor = Position(row: position.row, column: position.column + cursorColumn - offset)
        }
        return Rect(row: position.row, column: position.column, columns: width)
    }
}
