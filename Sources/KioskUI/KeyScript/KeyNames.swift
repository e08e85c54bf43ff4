/// The names that may stand in angle brackets: exactly ttybench's set, so that the key part of a
/// script means the same to ttybench as to a replay. One table serves reading and writing, so the
/// two cannot drift apart.
enum KeyNames {
    /// Each plain name with its key, in the spelling that scripts are written in.
    static let named: [(spelling: String, key: Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("STab", .backTab), ("Esc", .escape), ("BS", .backspace),
        ("Space", .character(" ")), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Ins", .insert),
        ("Del", .delete), ("lt", .character("<")),
    ] + (1...12).map { ("F\($0)", .function($0)) }

    private static let keysByLowercasedName: [String: Key] = Dictionary(
        uniqueKeysWithValues: named.map { ($0.spelling.lowercased(), $0.key) }
    )

    /// The key a name stands for, ignoring case; `C-x` and `M-x` take any single Unicode scalar.
    static func key(named name: Substring) -> Key? {
        let lowercased = name.lowercased()
        if let key = keysByLowercasedName[lowercased] { return key }
        // ttybench accepts `[cm]-.`: one code point, not one grapheme.
        let scalars = name.unicodeScalars
        guard scalars.count == 3, lowercased.hasPrefix("c-") || lowercased.hasPrefix("m-") else {
            return nil
        }
        let character = Character(scalars[scalars.index(scalars.startIndex, offsetBy: 2)])
        return lowercased.hasPrefix("c-") ? .control(character.lowercasedIfSingle) : .meta(character)
    }

    /// Whether `character` can follow `C-` or `M-` in a token that ttybench reads back as written:
    /// its tokens stop at `<`, `>` and white space, and a `*` would start a repeat count.
    static func canFollowModifier(_ character: Character) -> Bool {
        character.unicodeScalars.count == 1 && !character.isWhitespace
            && !character.isControl && !"<>*".contains(character)
    }
}

extension Character {
    /// `.control` keys are lower-case; a letter whose lower case is more than one character
    /// (there are a few outside ASCII) keeps its own case rather than being split.
    var lowercasedIfSingle: Character {
        let lowercased = self.lowercased()
        return lowercased.count == 1 ? Character(lowercased) : self
    }

    /// A C0 or C1 control or DEL: invisible in a script and never meant as text.
    var isControl: Bool {
        unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
