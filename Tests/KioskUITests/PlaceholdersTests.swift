@testable import KioskUI
import Testing

@Suite("Catalog placeholders")
struct PlaceholdersTests {
    @Test(arguments: [
        ("no placeholder", "您好", ["name": "王"], "您好"),
        ("one", "{name}，您好", ["name": "王建国"], "王建国，您好"),
        ("two, and one twice", "{a}-{b}-{a}", ["a": "1", "b": "2"], "1-2-1"),
        ("without a value stays", "第{step}步，共{total}步", ["step": "2"], "第2步，共{total}步"),
        ("a value is not filled again", "{name}：{amount}", ["name": "{amount}", "amount": "¥5"], "{amount}：¥5"),
        ("a lone brace", "a { b", ["b": "x"], "a { b"),
        ("a brace inside a brace", "{{name}}", ["name": "王"], "{王}"),
        ("an unclosed one at the end", "总额 {amount", ["amount": "5"], "总额 {amount"),
        ("an empty name", "{}", ["": "x"], "x"),
        ("no values at all", "{name}", [:], "{name}"),
        ("wide text around", "您的{relation}已确认。", ["relation": "配偶"], "您的配偶已确认。"),
    ] as [(String, String, [String: String], String)])
    func fill(name: String, text: String, values: [String: String], filled: String) {
        #expect(Placeholders.fill(text, with: values) == filled, "\(name)")
    }
}
