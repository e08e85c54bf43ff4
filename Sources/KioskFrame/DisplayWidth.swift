/// How many terminal columns text takes, with the semantics of POSIX `wcwidth` in a UTF-8 locale:
/// East Asian wide and full-width characters take two columns, combining marks and format
/// characters none, everything else one (East-Asian-ambiguous symbols count as narrow, as glibc
/// counts them). A grapheme cluster is measured as one unit: the width of its first spacing scalar,
/// so "é" written as e + U+0301 is one column and a flag or ZWJ sequence is never counted twice.
///
/// Every string the kiosk draws is measured here, and a test holds this against libc `wcswidth`.
public enum DisplayWidth {
    /// Columns taken by one Unicode scalar on its own (0, 1 or 2).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        // The scalars the kiosk draws most, answered before the general-category lookup, which
        // was most of the cost of measuring a screen: Latin-1 and Latin Extended (no marks
        // before U+0300; the soft hyphen shows), box drawing, and the CJK ideographs.
        switch value {
        case 0xA0..<0x300, 0x2500...0x257F: return 1
        case 0x3400...0x4DBF, 0x4E00...0x9FFF: return 2
        default: break
        }
        if isZeroWidth(scalar) { return 0 }
        return WideRanges.contains(value) ? 2 : 1
    }

    /// Columns taken by one grapheme cluster.
    public static func of(_ character: Character) -> Int {
        var width = 0
        for scalar in character.unicodeScalars {
            let scalarWidth = of(scalar)
            if scalarWidth > 0 {
                width = scalarWidth
                break
            }
        }
        // An emoji presentation selector turns a narrow symbol into a wide emoji.
        if width == 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) {
            width = 2
        }
        return width
    }

    /// Columns taken by a string: the sum over its grapheme clusters.
    public static func of<S: StringProtocol>(_ text: S) -> Int {
        var total = 0
        for character in text { total += of(character) }
        return total
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD: return false  // soft hyphen: glibc shows it
        case 0x1160...0x11FF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064: return true
        default: break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return true
        default: return false
        }
    }
}

extension Character {
    /// Terminal columns this grapheme takes (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension StringProtocol {
    /// Terminal columns this text takes (see `DisplayWidth`).
    public var displayWidth: Int { DisplayWidth.of(self) }
}
