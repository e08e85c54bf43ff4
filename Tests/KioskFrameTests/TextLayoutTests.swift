import KioskFrame
import Testing

@Suite("Text layout")
struct TextLayoutTests {
    @Test("Wrapping", arguments: [
        // Chinese breaks between any two Han characters.
        ("家庭共济自助服务", 6, ["家庭共", "济自助", "服务"]),
        // Latin breaks at spaces.
        ("press any key to go on", 10, ["press any", "key to go", "on"]),
        // No line starts with closing punctuation: the character before it comes along.
        ("请输入号码。谢谢", 10, ["请输入号", "码。谢谢"]),
        // No line ends with opening punctuation.
        ("甲乙丙丁（戊己）", 10, ["甲乙丙丁", "（戊己）"]),
        // Explicit line breaks stay.
        ("第一行\n\n第三行", 20, ["第一行", "", "第三行"]),
        // A word longer than a line is cut rather than lost.
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        // Mixed text.
        ("按 Enter 继续办理", 8, ["按 Enter", "继续办理"]),
    ] as [(String, Int, [String])])
    func wrapping(text: String, width: Int, expected: [String]) {
        let lines = TextLayout.wrap(text, width: width)
        #expect(lines == expected)
        #expect(lines.allSatisfy { $0.displayWidth <= width })
    }

    @Test("Truncation", arguments: [
        ("家庭共济", 8, "家庭共济"),
        ("家庭共济", 7, "家庭共…"),
        ("家庭共济", 6, "家庭…"),
        ("abcdef", 4, "abc…"),
    ] as [(String, Int, String)])
    func truncation(text: String, width: Int, expected: String) {
        #expect(TextLayout.truncate(text, width: width) == expected)
        #expect(TextLayout.truncate(text, width: width).displayWidth <= width)
    }

    @Test func centring() {
        #expect(TextLayout.centredColumn(textWidth: 8, in: 80) == 36)
        #expect(TextLayout.centredColumn(textWidth: 90, in: 80) == 0)
    }
}
