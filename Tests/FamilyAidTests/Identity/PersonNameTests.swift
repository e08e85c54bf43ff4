import Foundation
import Testing
@testable import FamilyAid

/// Names are compared after unifying middle dots, width and spaces; never corrected.
@Suite("Person names")
struct PersonNameTests {
    @Test("Normalized form", arguments: [
        ("张三", "张三", "a plain name"),
        ("  张三 \n", "张三", "white space around it"),
        ("张 三", "张三", "a space inside"),
        ("张\u{3000}三", "张三", "an ideographic space inside"),
        ("阿依古丽·买买提", "阿依古丽·买买提", "U+00B7, already the standard dot"),
        ("阿依古丽•买买提", "阿依古丽·买买提", "U+2022 bullet"),
        ("阿依古丽・买买提", "阿依古丽·买买提", "U+30FB katakana middle dot"),
        ("阿依古丽‧买买提", "阿依古丽·买买提", "U+2027 hyphenation point"),
        ("阿依古丽･买买提", "阿依古丽·买买提", "U+FF65 half-width katakana middle dot"),
        ("阿依古丽\u{0387}买买提", "阿依古丽·买买提", "U+0387 Greek ano teleia"),
        ("阿依古丽\u{2219}买买提", "阿依古丽·买买提", "U+2219 bullet operator"),
        ("阿依古丽\u{22C5}买买提", "阿依古丽·买买提", "U+22C5 dot operator"),
        ("阿依古丽\u{2E31}买买提", "阿依古丽·买买提", "U+2E31 word separator middle dot"),
        ("阿依古丽\u{318D}买买提", "阿依古丽·买买提", "U+318D Hangul araea"),
        ("阿依古丽 · 买买提", "阿依古丽·买买提", "spaces around the dot"),
        ("阿依古丽.买买提", "阿依古丽.买买提", "a full stop is not a middle dot"),
        ("ＺＨＡＮＧ　Ｓａｎ", "ZHANGSan", "full-width letters and space"),
        ("Zhang San", "ZhangSan", "case kept"),
        ("王𪚥", "王𪚥", "a rare character kept as it is"),
        ("Jose\u{0301}", "José", "decomposed accent composed"),
    ])
    func normalized(text: String, expected: String, why: String) {
        #expect(PersonName(text).normalized == expected, "\(why)")
    }

    @Test("Two names match", arguments: [
        ("阿依古丽·买买提", "阿依古丽•买买提", true, "bullet for the middle dot, as typed at a counter"),
        ("阿依古丽·买买提", "阿依古丽・买买提", true, "katakana middle dot from a Japanese input method"),
        ("阿依古丽·买买提", "阿依古丽‧买买提", true, "hyphenation point"),
        ("阿依古丽·买买提", "阿依古丽 · 买买提", true, "spaces around the dot"),
        ("阿依古丽·买买提", "阿依古丽买买提", false, "the dot left out"),
        ("阿依古丽·买买提", "阿依古丽.买买提", false, "a full stop for the dot"),
        ("张三", "张 三", true, "a space typed between the characters"),
        ("张三", "张三丰", false, "another name"),
        ("张三", "張三", false, "traditional for simplified: not the same characters"),
        ("ZHANG San", "ＺＨＡＮＧ Ｓａｎ", true, "full-width letters"),
        ("Zhang San", "ZHANG SAN", false, "different case"),
        ("王𪚥", "王𪚥", true, "a rare character"),
        ("José", "Jose\u{0301}", true, "composed and decomposed accent"),
    ])
    func matches(first: String, second: String, expected: Bool, why: String) {
        #expect(PersonName(first).matches(PersonName(second)) == expected, "\(why)")
        #expect(PersonName(second).matches(PersonName(first)) == expected, "\(why), either way round")
    }

    @Test("Masked", arguments: [
        ("张三丰", "张*丰"), ("张三", "张*"), ("张", "*"), ("", ""),
        ("欧阳娜娜", "欧**娜"), ("阿依古丽·买买提", "阿******提"), ("王𪚥", "王*"),
    ])
    func masked(text: String, expected: String) {
        #expect(PersonName(text).masked == expected)
    }

    @Test func textIsKeptAsGivenApartFromSurroundingSpace() {
        #expect(PersonName(" 阿依古丽•买买提 ").text == "阿依古丽•买买提")
    }

    @Test func codableKeepsTheText() throws {
        let name = PersonName("阿依古丽•买买提")
        let decoded = try JSONDecoder().decode(PersonName.self, from: JSONEncoder().encode(name))
        #expect(decoded == name)
    }
}
