import KioskFrame
import Testing

@Suite("Display width")
struct DisplayWidthTests {
    @Test("Columns taken by one grapheme", arguments: [
        ("a", 1), ("Z", 1), ("7", 1), (" ", 1),
        ("中", 2), ("共", 2), ("济", 2), ("，", 2), ("。", 2), ("（", 2), ("０", 2), ("Ａ", 2),
        ("·", 1), ("—", 1), ("…", 1), ("¥", 1), ("×", 1), ("─", 1),
        ("é", 1), ("e\u{301}", 1), ("가", 2), ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FEFF}", 0),
        ("\u{7}", 0), ("\u{1B}", 0), ("𠀀", 2),
    ] as [(String, Int)])
    func graphemeWidth(text: String, expected: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(Character(text)) == expected)
    }

    @Test("Strings sum their graphemes", arguments: [
        ("", 0), ("gongji", 6), ("家庭共济", 8), ("第 1 步 / 共 3 步", 17),
        ("阿依古丽·买买提", 15), ("110105********002X", 18), ("F2 English", 10),
    ] as [(String, Int)])
    func stringWidth(text: String, expected: Int) {
        #expect(text.displayWidth == expected)
    }
}
