/// Fills a catalog text's `{name}` placeholders in one pass over the text.
///
/// One pass, so a value is never searched again: a resident's name that happens to contain
/// `{amount}` is shown as typed, whichever order the values come in. A placeholder without a
/// value, and a brace that opens no placeholder, stay as they are. Done by hand rather than with
/// Foundation's `replacingOccurrences`, which went through NSString once per value and was a
/// tenth of drawing a screen.
enum Placeholders {
    static func fill(_ text: String, with values: [String: String]) -> String {
        guard !values.isEmpty, text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = text[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(where: { $0 == "}" || $0 == "{" }), rest[close] == "}",
                  let value = values[String(rest[afterOpen..<close])]
            else {
                result.append("{")
                rest = rest[afterOpen...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}
