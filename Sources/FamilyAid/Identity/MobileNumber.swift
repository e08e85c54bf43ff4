/// A mainland mobile number: 11 digits, 1[3-9] then nine more.
public struct MobileNumber: Hashable, Sendable, Codable {
    /// The 11 digits, nothing else.
    public let digits: String

    /// Tolerates what people type and cards print: spaces, hyphens, full-width digits, and a
    /// +86, 86 or 0086 country prefix. Nil for anything that is not then a mobile number.
    public init?(_ text: String) {
        var compact = ""
        for character in text {
            if character == " " || character == "-" || character == "\u{3000}" { continue }
            if character.isFullWidthAlphanumeric || character == "\u{FF0B}",
               let scalar = character.unicodeScalars.first, let folded = Unicode.Scalar(scalar.value - 0xFEE0) {
                compact.append(Character(folded))
            } else {
                compact.append(character)
            }
        }
        for prefix in ["+86", "0086", "86"] where compact.hasPrefix(prefix) && compact.count == 11 + prefix.count {
            compact.removeFirst(prefix.count)
            break
        }
        let characters = Array(compact)
        guard characters.count == 11, characters.allSatisfy(\.isASCIIDigit),
              characters[0] == "1", ("3"..."9").contains(characters[1]) else { return nil }
        digits = compact
    }

    /// 138****5678.
    public var masked: String {
        String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }
}
