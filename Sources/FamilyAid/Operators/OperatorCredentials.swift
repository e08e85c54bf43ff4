/// The rules for what an operator types to identify themselves. An operator ID is not personal
/// data (it names a post, e.g. `counter3-li`, and is written in the journal); a password is never
/// stored, only its salted slow hash.
public enum OperatorCredentials {
    public static let passwordLength = 8...128

    public static let idLength = 2...32

    /// Lower-case letters, digits and `-` `_` `.`, 2 to 32 of them, starting with a letter: safe
    /// to print, to journal and to type on any keyboard, and never mistaken for a name or an ID
    /// number (which starts with a digit).
    public static func isValidID(_ id: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard idLength.contains(id.count), let first = id.first, first.isASCII, first.isLetter else { return false }
        return id.allSatisfy(allowed.contains)
    }

    /// What is wrong with `password` for operator `id`, or nil when it may be used.
    public static func problem(withPassword password: String, for id: String) -> PasswordProblem? {
        if password.count < passwordLength.lowerBound { return .tooShort(minimum: passwordLength.lowerBound) }
        if password.count > passwordLength.upperBound { return .tooLong(maximum: passwordLength.upperBound) }
        if password.lowercased() == id.lowercased() { return .sameAsID }
        if Set(password).count == 1 { return .oneCharacterRepeated }
        return nil
    }
}

/// Why a password is refused, to be said to whoever chose it.
public enum PasswordProblem: Error, Hashable, Sendable {
    case tooShort(minimum: Int)
    case tooLong(maximum: Int)
    case sameAsID
    case oneCharacterRepeated
}
