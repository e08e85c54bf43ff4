/// Line breaking and fitting for mixed Chinese and Latin text, all measured in display columns.
///
/// Chinese may break between any two Han characters, Latin only at spaces (a word longer than a
/// line is cut). No line starts with closing punctuation (`。，、；：？！）」》` and their Latin
/// cousins) and none ends with an opening one (`（「《`): such a character is carried with its
/// neighbour. Explicit line breaks in the text are kept.
public enum TextLayout {
    static let noLineStart: Set<Character> = [
        "。", "，", "、", "；", "：", "？", "！", "）", "」", "》", "』", "】", "〕", "”", "’",
        "…", ",", ".", ";", ":", "?", "!", ")", "]", "}",
    ]
    static let noLineEnd: Set<Character> = ["（", "「", "《", "『", "【", "〔", "“", "‘", "(", "[", "{"]

    /// `text` broken into lines of at most `width` columns.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Array(paragraph), width: width))
        }
        return lines
    }

    /// `text` cut to at most `width` columns, ending in "…" when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if text.displayWidth <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let characterWidth = character.displayWidth
            if used + characterWidth > width - 1 { break }
            result.append(character)
            used += characterWidth
        }
        return result + "…"
    }

    /// The column at which text of `textWidth` columns starts when centred in `width` columns.
    public static func centredColumn(textWidth: Int, in width: Int) -> Int {
        max(0, (width - textWidth) / 2)
    }

    private static func wrapParagraph(_ characters: [Character], width: Int) -> [String] {
        if characters.isEmpty { return [""] }
        // Each width is measured once: measuring was most of laying out a screen's paragraphs.
        let widths = characters.map(\.displayWidth)
        var lines: [String] = []
        var start = 0
        while start < characters.count {
            var end = start
            var used = 0
            while end < characters.count, used + widths[end] <= width {
                used += widths[end]
                end += 1
            }
            if end == characters.count {
                lines.append(String(characters[start..<end]))
                break
            }
            var cut = breakPoint(characters, widths: widths, from: start, before: end)
            if cut <= start { cut = max(end, start + 1) }
            lines.append(String(characters[start..<cut]).trimmingTrailingSpaces())
            start = cut
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        return lines
    }

    /// The best place to break before `end` (the first character that no longer fits), or
    /// `start` when there is none.
    private static func breakPoint(_ characters: [Character], widths: [Int], from start: Int, before end: Int) -> Int {
        var candidate = end
        while candidate > start {
            if isAllowedBreak(characters, widths: widths, at: candidate) { return candidate }
            candidate -= 1
        }
        return start
    }

    /// Whether a line may end just before `index`.
    private static func isAllowedBreak(_ characters: [Character], widths: [Int], at index: Int) -> Bool {
        guard index > 0, index < characters.count else { return true }
        let before = characters[index - 1]
        let after = characters[index]
        if noLineStart.contains(after) || noLineEnd.contains(before) { return false }
        if after == " " || before == " " { return true }
        return widths[index - 1] == 2 || widths[index] == 2
    }
}
