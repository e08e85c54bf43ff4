/// Why a text is not an identity number, in the order the kiosk checks and says it: the first
/// problem a person can fix, never a list of consequences of one typo.
public enum ResidentIDError: Error, Hashable, Sendable {
    case empty
    case tooShort(length: Int)
    case tooLong(length: Int)
    /// Full-width digits or letters (an input method left in full-width mode): type half-width.
    case fullWidthCharacters
    /// 1-based position; digits everywhere, X (or x) only as the 18th character.
    case invalidCharacter(Character, position: Int)
    /// The address code does not name a province the document type allows. For a mainland ID or a
    /// permanent-residence card: the 2-digit province; for a text starting 81/82/83 that is not a
    /// residence permit's "x10000": its first six characters.
    case unknownProvince(code: String)
    /// The eight birth-date digits as typed.
    case impossibleBirthDate(String)
    case futureBirthDate(CivilDate)
    case wrongCheckCharacter(expected: Character, found: Character)
}
