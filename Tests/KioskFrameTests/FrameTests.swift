@testable import KioskFrame
import Testing
import TestSupport

@Suite("Frame")
struct FrameTests {
    @Test func wideGlyphTakesTwoCellsAndMarksTheCoveredHalf() {
        var frame = Frame(size: Size(columns: 6, rows: 1))
        let written = frame.write("共a", at: Position(row: 0, column: 1))
        #expect(written == 3)
        #expect(frame[0, 1].grapheme == "共")
        #expect(frame[0, 1].width == 2)
        #expect(frame[0, 2].isContinuation)
        #expect(frame[0, 3].grapheme == "a")
        #expect(frame.line(0) == " 共a  ")
    }

    @Test func aWideGlyphIsNeverCutAtTheRightEdge() {
        var frame = Frame(size: Size(columns: 5, rows: 1))
        let written = frame.write("家庭共济", at: Position(row: 0, column: 0))
        #expect(written == 4)
        #expect(frame.line(0) == "家庭 ")
        #expect(!frame[0, 4].isContinuation)
    }

    @Test func aWideGlyphIsNeverCutAtALimit() {
        var frame = Frame(size: Size(columns: 10, rows: 1))
        #expect(frame.write("家庭共济", at: Position(row: 0, column: 0), limit: 3) == 2)
        #expect(frame.line(0).hasPrefix("家 "))
    }

    @Test func overwritingEitherHalfBlanksTheWholeGlyph() {
        var frame = Frame(size: Size(columns: 4, rows: 1))
        frame.write("共济", at: Position(row: 0, column: 0))
        frame.write("x", at: Position(row: 0, column: 1))
        #expect(frame.line(0) == " x济")
        frame.write("y", at: Position(row: 0, column: 2))
        #expect(frame.line(0) == " xy ")
        #expect(frame.cells.allSatisfy { !$0.isContinuation })
    }

    @Test func writingAWideGlyphOverAnotherShiftedByOneBlanksTheLeftover() {
        var frame = Frame(size: Size(columns: 5, rows: 1))
        frame.write("共济", at: Position(row: 0, column: 0))
        frame.write("中", at: Position(row: 0, column: 1))
        #expect(frame.line(0) == " 中  ")
        #expect(frame.invariantViolations.isEmpty)
    }

    @Test func controlCharactersNeverReachTheTerminal() {
        var frame = Frame(size: Size(columns: 10, rows: 1))
        frame.write("a\u{1B}[2Jb", at: Position(row: 0, column: 0))
        #expect(frame.line(0) == "a?[2Jb    ")
    }

    @Test(arguments: [(0x00, true), (0x1B, true), (0x1F, true), (0x20, false), (0x7E, false), (0x7F, true),
                      (0x85, true), (0x9F, true), (0xA0, false), (0x200B, false), (0x4E2D, false)])
    func controlIsAskedByValue(scalar: UInt32, isControl: Bool) {
        #expect(Frame.isControl(Unicode.Scalar(scalar)!) == isControl)
    }

    @Test func controlByValueIsExactlyTheGeneralCategory() {
        let disagreeing = (UInt32(0)...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            Frame.isControl(scalar) != (scalar.properties.generalCategory == .control)
        }
        #expect(disagreeing.isEmpty)
    }

    @Test func writingOutsideTheFrameIsClipped() {
        var frame = Frame(size: Size(columns: 4, rows: 2))
        #expect(frame.write("abc", at: Position(row: 5, column: 0)) == 0)
        frame.write("abcdef", at: Position(row: 1, column: -2))
        #expect(frame.line(1) == "cdef")
        #expect(frame.text == "\ncdef")
    }

    @Test func containsFindsTextWithinAndAcrossRows() {
        var frame = Frame(size: Size(columns: 12, rows: 2))
        frame.write("请输入证件", at: Position(row: 0, column: 0))
        frame.write("号码", at: Position(row: 1, column: 0))
        #expect(frame.contains("输入证件"))
        #expect(frame.contains("请输入证件 号码"))
        #expect(!frame.contains("密码"))
    }

    @Test("Random writes keep every invariant", arguments: 0..<20)
    func randomWritesKeepInvariants(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let samples = ["共济", "a", "家庭b共", "·", "ＡＢ", "e\u{301}x", "长长长长长长长长长长长长长长长"]
        var frame = Frame(size: Size(columns: 13, rows: 3))
        for _ in 0..<200 {
            let text = samples.randomElement(using: &generator)!
            let position = Position(row: Int.random(in: -1...3, using: &generator), column: Int.random(in: -3...14, using: &generator))
            frame.write(text, at: position, limit: Int.random(in: 0...20, using: &generator))
            #expect(frame.invariantViolations.isEmpty)
        }
    }
}

@Suite("Frame invariants")
struct FrameInvariantTests {
    @Test func aCursorInAFocusedFieldIsSound() {
        var frame = Frame(size: Size(columns: 10, rows: 2))
        frame.fill(row: 1, column: 2, columns: 5, style: .focus)
        frame.write("共济", at: Position(row: 1, column: 2), style: .focus)
        frame.cursor = Position(row: 1, column: 6)
        #expect(frame.invariantViolations.isEmpty)
    }

    @Test func aCursorOutsideTheFrameOrAFieldOrInsideAGlyphIsABrokenRule() {
        var frame = Frame(size: Size(columns: 10, rows: 2))
        frame.fill(row: 1, column: 2, columns: 5, style: .focus)
        frame.write("共济", at: Position(row: 1, column: 2), style: .focus)
        for (cursor, rule) in [
            (Position(row: 2, column: 0), "outside"), (Position(row: 0, column: -1), "outside"),
            (Position(row: 0, column: 3), "not in a focused field"), (Position(row: 1, column: 3), "splits a wide glyph"),
        ] {
            frame.cursor = cursor
            #expect(frame.invariantViolations.contains { $0.contains(rule) }, "\(cursor)")
        }
    }
}
