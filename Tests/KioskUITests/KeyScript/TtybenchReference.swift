/// A line-for-line restatement of `parse_script` and `key_bytes` (without application cursor
/// mode) from shared/tools/ttybench/ttybench.py, so tests can check that what gongji hands to
/// ttybench is accepted there and types the intended bytes, without running Python.
enum TtybenchReference {
    enum Event: Hashable {
        case key(bytes: [UInt8])
        case wait(seconds: Double)
    }

    struct UnknownKey: Error, Equatable {
        var token: String
    }

    private static let csi = "\u{1B}[", ss3 = "\u{1B}O"

    /// `KEYS` in ttybench.py.
    static let keys: [String: String] = {
        var keys = [
            "enter": "\r", "tab": "\t", "esc": "\u{1B}", "bs": "\u{7F}", "space": " ", "lt": "<",
            "stab": csi + "Z", "ins": csi + "2~", "del": csi + "3~", "pgup": csi + "5~", "pgdn": csi + "6~",
            "up": csi + "A", "down": csi + "B", "right": csi + "C", "left": csi + "D", "home": csi + "H",
            "end": csi + "F",
        ]
        for (number, final) in zip(1...4, ["P", "Q", "R", "S"]) { keys["f\(number)"] = ss3 + final }
        for (number, code) in zip(5...12, [15, 17, 18, 19, 20, 21, 23, 24]) { keys["f\(number)"] = "\(csi)\(code)~" }
        return keys
    }()

    /// `parse_script`: the token pattern `<([^<>\s]+)>|(.)` works on code points, as Python does.
    static func parse(_ script: String) throws(UnknownKey) -> [Event] {
        let scalars = Array(script.unicodeScalars)
        var events: [Event] = []
        var index = 0
        while index < scalars.count {
            var end = index + 1
            if scalars[index] == "<" {
                while end < scalars.count, !endsName(scalars[end]) { end += 1 }
            }
            guard scalars[index] == "<", end > index + 1, end < scalars.count, scalars[end] == ">" else {
                events.append(.key(bytes: Array(String(scalars[index]).utf8)))
                index += 1
                continue
            }
            let token = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
            events += try tokenEvents(token)
            index = end + 1
        }
        return events
    }

    private static func endsName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "<" || scalar == ">" || scalar.properties.isWhitespace
    }

    private static func tokenEvents(_ token: String) throws(UnknownKey) -> [Event] {
        let parts = token.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0]), repeatText = parts.count > 1 ? String(parts[1]) : ""
        let lowercased = name.lowercased()
        let scalars = Array(name.unicodeScalars)
        if lowercased.hasPrefix("wait:") {
            guard let milliseconds = Double(String(String.UnicodeScalarView(scalars.dropFirst(5)))) else {
                throw UnknownKey(token: token)
            }
            return [.wait(seconds: milliseconds / 1000)]
        }
        let isModified = scalars.count == 3 && (lowercased.hasPrefix("c-") || lowercased.hasPrefix("m-"))
        guard keys[lowercased] != nil || isModified, let count = repeatText.isEmpty ? 1 : Int(repeatText) else {
            throw UnknownKey(token: token)
        }
        return Array(repeating: .key(bytes: bytes(of: name)), count: max(0, count))
    }

    /// `key_bytes(name, app_mode=False)`.
    static func bytes(of name: String) -> [UInt8] {
        let scalars = Array(name.unicodeScalars)
        if scalars.count == 1 { return Array(name.utf8) }
        let lowercased = name.lowercased()
        if lowercased.hasPrefix("c-") {
            guard scalars[2] != "?" else { return [0x7F] }
            return [UInt8(truncatingIfNeeded: String(scalars[2]).uppercased().unicodeScalars.first!.value) & 0x1F]
        }
        if lowercased.hasPrefix("m-") { return [0x1B] + Array(String(String.UnicodeScalarView(scalars.dropFirst(2))).utf8) }
        return Array(keys[lowercased]!.utf8)
    }
}
