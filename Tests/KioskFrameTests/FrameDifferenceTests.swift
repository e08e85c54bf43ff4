import KioskFrame
import Testing

@Suite("Frame rows changed")
struct FrameDifferenceTests {
    private static let size = Size(columns: 8, rows: 4)

    private static func frame(_ rows: [Int: String], style: Style = .plain, size: Size = size) -> Frame {
        var frame = Frame(size: size)
        for (row, text) in rows { frame.write(text, at: Position(row: row, column: 0), style: style) }
        return frame
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var previous: Frame?
        var next: Frame
        var changed: [Int]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "no previous frame: every row", previous: nil, next: frame([1: "a"]), changed: [0, 1, 2, 3]),
        Case(name: "the same frame: none", previous: frame([1: "共济"]), next: frame([1: "共济"]), changed: []),
        Case(name: "one character typed", previous: frame([2: "1101"]), next: frame([2: "11010"]), changed: [2]),
        Case(name: "text in two rows", previous: frame([0: "a", 3: "b"]), next: frame([0: "x", 3: "y"]), changed: [0, 3]),
        Case(name: "only the style changed", previous: frame([1: "ok"]), next: frame([1: "ok"], style: .focus), changed: [1]),
        Case(name: "a wide glyph for two narrow ones", previous: frame([0: "ab"]), next: frame([0: "共"]), changed: [0]),
        Case(name: "another size: every row", previous: frame([0: "a"], size: Size(columns: 9, rows: 4)),
             next: frame([0: "a"]), changed: [0, 1, 2, 3]),
    ]

    @Test(arguments: cases) func rowsChanged(_ example: Case) {
        #expect(example.next.rowsChanged(since: example.previous) == example.changed)
    }

    @Test func theCursorAloneChangesNoRow() {
        let previous = Self.frame([1: "ab"])
        var next = previous
        next.cursor = Position(row: 1, column: 2)
        #expect(next.rowsChanged(since: previous).isEmpty)
    }
}
