import Foundation

/// A person's name as the registry and the sharer write it.
///
/// Names are compared, never corrected: a counter clerk may type 阿依古丽•买买提 where the registry
/// holds 阿依古丽·买买提, or full-width letters from an input method, and both are the same name.
/// Rare characters (生僻字) a terminal cannot show are kept as they are; they are not an error.
public struct PersonName: Hashable, Sendable, Codable {
    /// As given, in Unicode NFC, surrounding white space removed.
    public let text: String

    public init(_ text: String) {
        self.text = String(text.precomposedStringWithCanonicalMapping.trimmingWhiteSpace)
    }

    /// The middle-dot variants people and input methods produce (· • ・ ‧ ･ and look-alikes).
    public static let middleDotVariants: Set<Unicode.Scalar> = [
        "\u{00B7}", "\u{2022}", "\u{30FB}", "\u{2027}", "\u{FF65}",
        "\u{0387}", "\u{2219}", "\u{22C5}", "\u{2E31}", "\u{318D}",
    ]

    /// The form two names are compared in: middle dots unified to U+00B7, full-width ASCII folded
    /// to half-width, every space removed. Letter case is kept, as the registry keeps it.
    public var normalized: String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if PersonName.middleDotVariants.contains(scalar) {
                scalars.append("\u{00B7}")
            } else if (0xFF01...0xFF5E).contains(scalar.value), let halfWidth = Unicode.Scalar(scalar.value - 0xFEE0) {
                scalars.append(halfWidth)
            } else if scalar.properties.isWhitespace {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars).precomposedStringWithCanonicalMapping
    }

    public func matches(_ other: PersonName) -> Bool {
        normalized == other.normalized
    }

    /// 张*三: the first and last character kept, every other one a '*'; two characters: 张*;
    /// one: *. A dotted name is masked the same way over its whole length (阿******提).
    public var masked: String {
        let graphemes = Array(text)
        switch graphemes.count {
        case 0: return ""
        case 1: return "*"
        case 2: return String(graphemes[0]) + "*"
        default: return String(graphemes[0]) + String(repeating: "*", count: graphemes.count - 2) + String(graphemes[graphemes.count - 1])
        }
    }
}
