/// An application's number (申请编号): what the receipt shows, what a resident reads out or types
/// back at a counter, and what the store files the application under.
///
/// Written `K7M2QX-000042-H`: the issuing installation's 6-character origin ID, a dash, a 6-digit
/// sequence the installation counts on its own, a dash, and a check character. Both dashes are
/// always shown, so the check character stands apart and is not read as part of the sequence.
///
/// - Unique across installations that work offline: each installation issues only under its own
///   origin, and counts its own sequence.
/// - Unambiguous aloud and typed: every character is from `alphabet`, which has no I and no O
///   (an origin ID may hold the digits 0 and 1; a letter I or O typed back is read as that digit).
/// - Checked: the last character is Luhn mod N over the 12 characters before it, with N = 34
///   (the alphabet's size). It catches every single mistyped character, and every swap of two
///   different neighbours except 0 and Z (the pair Luhn mod N cannot tell apart, like 0 and 9
///   in the decimal Luhn check).
public struct ApplicationNumber: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 34 characters a number is written with: digits, then the Latin capitals without I and O.
    public static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    /// Characters in an origin ID.
    public static let originLength = 6
    /// Digits in the sequence.
    public static let sequenceDigits = 6
    /// The largest sequence an installation can issue.
    public static let maximumSequence = 999_999
    /// Characters in a number, dashes left out: origin, sequence, check.
    public static let length = originLength + sequenceDigits + 1

    /// The issuing installation's origin ID.
    public let origin: String
    /// The installation's own count, from 1.
    public let sequence: Int
    /// The check character over origin and sequence.
    public let check: Character

    /// The number `sequence` of the installation `origin` (6 characters of `alphabet`; lower case
    /// is accepted).
    public init(origin: String, sequence: Int) throws(ApplicationNumberError) {
        let origin = origin.uppercased()
        guard origin.count == Self.originLength else { throw .originNotValid(origin) }
        guard origin.allSatisfy({ Self.value(of: $0) != nil }) else { throw .originNotValid(origin) }
        guard (1...Self.maximumSequence).contains(sequence) else { throw .sequenceOutOfRange(sequence) }
        self.origin = origin
        self.sequence = sequence
        check = Self.checkCharacter(for: origin + Self.sequenceText(sequence))
    }

    /// "K7M2QX-000042-H".
    public var text: String { "\(origin)-\(Self.sequenceText(sequence))-\(check)" }

    public var description: String { text }

    public static func < (lhs: ApplicationNumber, rhs: ApplicationNumber) -> Bool {
        (lhs.origin, lhs.sequence) < (rhs.origin, rhs.sequence)
    }

    /// Reads a number as a person typed it back: upper or lower case, with or without the dashes,
    /// with spaces anywhere, full-width characters, and the letters I and O read as 1 and 0.
    /// Problems are found in this order: length, then each character (its 1-based position
    /// among the 13 characters, dashes and spaces not counted), then the check character.
    public static func parse(_ typed: String) throws(ApplicationNumberError) -> ApplicationNumber {
        let characters = normalized(typed)
        guard !characters.isEmpty else { throw .empty }
        guard characters.count == length else { throw .wrongLength(characters.count) }
        for (offset, character) in characters.enumerated() {
            let allowed = offset >= originLength && offset < originLength + sequenceDigits
                ? character.isASCIIDigit
                : value(of: character) != nil
            guard allowed else { throw .characterNotAllowed(character, position: offset + 1) }
        }
        let body = String(characters.prefix(length - 1))
        guard checkCharacter(for: body) == characters[length - 1] else { throw .wrongCheckCharacter }
        let sequence = Int(String(characters[originLength..<(originLength + sequenceDigits)]))!
        guard sequence >= 1 else { throw .sequenceOutOfRange(sequence) }
        return try ApplicationNumber(origin: String(characters.prefix(originLength)), sequence: sequence)
    }

    /// The Luhn mod 34 check character for `body` (characters of `alphabet`): from the right,
    /// every other value (starting with the last) is doubled and its two base-34 digits added.
    public static func checkCharacter(for body: String) -> Character {
        let n = alphabet.count
        var sum = 0
        for (offset, character) in body.reversed().enumerated() {
            let value = value(of: character) ?? 0
            let addend = offset % 2 == 0 ? value * 2 : value
            sum += addend / n + addend % n
        }
        return alphabet[(n - sum % n) % n]
    }

    /// The place of `character` in `alphabet`, or nil.
    static func value(of character: Character) -> Int? {
        alphabet.firstIndex(of: character)
    }

    private static func sequenceText(_ sequence: Int) -> String {
        let digits = String(sequence)
        return String(repeating: "0", count: max(0, sequenceDigits - digits.count)) + digits
    }

    /// Upper case, half width, without spaces and dashes, I read as 1 and O as 0.
    private static func normalized(_ typed: String) -> [Character] {
        typed.compactMap { character -> Character? in
            var character = character
            if character.isFullWidthAlphanumeric, let scalar = character.unicodeScalars.first,
               let halfWidth = Unicode.Scalar(scalar.value - 0xFEE0) {
                character = Character(halfWidth)
            }
            if character.isWhitespace || ["-", "－", "—", "–"].contains(character) { return nil }
            switch Character(character.uppercased()) {
            case "I": return "1"
            case "O": return "0"
            case let upper: return upper
            }
        }
    }
}

/// Stored and exchanged as its text; reading one back checks it again.
extension ApplicationNumber: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try ApplicationNumber.parse(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an application number: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}

/// Why a text is not an application number, or a number cannot be made.
public enum ApplicationNumberError: Error, Hashable, Sendable {
    /// Nothing typed.
    case empty
    /// Not 13 characters once spaces and dashes are left out.
    case wrongLength(Int)
    /// A character not allowed where it stands: outside the alphabet, or a letter in the
    /// sequence. The position is 1-based among the 13 characters, dashes and spaces not counted.
    case characterNotAllowed(Character, position: Int)
    /// The check character does not match: some character was mistyped. Which one cannot be told,
    /// so the expected character is deliberately not given.
    case wrongCheckCharacter
    /// An origin ID that is not 6 characters of the alphabet.
    case originNotValid(String)
    /// A sequence outside 1…999999.
    case sequenceOutOfRange(Int)
}
