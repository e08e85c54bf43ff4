/// One terminal column of a `Frame`.
///
/// A wide glyph (a Chinese character) occupies two cells: the first holds the grapheme with
/// width 2, the second is its covered half (`isContinuation`), which draws nothing of its own.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    /// 1 or 2 for a cell that draws its grapheme; 0 for the covered half of a wide glyph.
    public var width: UInt8
    public var style: Style

    public init(grapheme: Character, width: UInt8, style: Style) {
        self.grapheme = grapheme
        self.width = width
        self.style = style
    }

    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(grapheme: " ", width: 1, style: style)
    }

    public var isContinuation: Bool { width == 0 }

    /// The horizontal line the backend draws with the terminal's own line-drawing character.
    public static let horizontalLine: Character = "─"
}
