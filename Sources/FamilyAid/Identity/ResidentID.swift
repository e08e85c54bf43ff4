/// An identity number (公民身份号码, GB 11643-1999, and the documents sharing its layout), checked
/// and taken apart: document type, birth date, sex, province where the type has one.
///
/// Only `parse` makes one, so holding a `ResidentID` means holding a number that passed every
/// check. It is stored and exchanged as the bare 18 characters.
public struct ResidentID: Hashable, Sendable {
    /// Canonical: 18 characters, the check character upper-case.
    public let number: String
    public let documentKind: IdentityDocumentKind
    public let birthDate: CivilDate
    public let sex: Sex
    /// 2 digits for a mainland ID and a permanent-residence card (its issuing province); nil for
    /// the residence permits.
    public let provinceCode: String?

    /// GB 11643 weights for the first 17 digits, and the check character each remainder mod 11 selects.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkCharacters: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]

    /// Birth years before this are refused as impossible: nobody insured today was born earlier.
    static let earliestBirthYear = 1900

    /// The check character for 17 ASCII digits, or nil when `digits` is anything else.
    public static func checkCharacter(forFirst17 digits: some StringProtocol) -> Character? {
        // Over the UTF-8 bytes: a registry import checks millions of numbers.
        var sum = 0
        var count = 0
        for byte in digits.utf8 {
            guard count < 17, (0x30...0x39).contains(byte) else { return nil }
            sum += Int(byte - 0x30) * weights[count]
            count += 1
        }
        guard count == 17 else { return nil }
        return checkCharacters[sum % 11]
    }

    /// Checks `text` completely. Surrounding white space (a card reader's trailing newline) is
    /// ignored; a lower-case x is read as X.
    public static func parse(_ text: String, today: CivilDate) throws(ResidentIDError) -> ResidentID {
        try parse(text, notBornAfter: today)
    }

    /// `today` nil skips the future-birth-date check: used when reading back a number that was
    /// valid when it was stored.
    static func parse(_ text: String, notBornAfter today: CivilDate?) throws(ResidentIDError) -> ResidentID {
        let characters = Array(text.trimmingWhiteSpace)
        if characters.isEmpty { throw .empty }
        if let problem = characterProblem(in: characters) { throw problem }
        if characters.count < 18 { throw .tooShort(length: characters.count) }
        if characters.count > 18 { throw .tooLong(length: characters.count) }
        let (kind, province) = try documentKind(of: characters)
        let birthDate = try birthDate(in: characters, today: today)
        let canonical = String(characters).uppercased()
        let expected = checkCharacter(forFirst17: canonical.prefix(17))!
        let found = canonical.last!
        guard found == expected else { throw .wrongCheckCharacter(expected: expected, found: found) }
        return ResidentID(
            number: canonical, documentKind: kind, birthDate: birthDate,
            sex: characters[16].wholeNumberValue! % 2 == 1 ? .male : .female,
            provinceCode: province)
    }

    /// The first problem already visible in a number still being typed, or nil while it can still
    /// become valid. Checks the characters typed so far, the province once its digits are in, the
    /// birth date once its eight digits are in, and the check character once all 18 are in.
    public static func problem(inPartial text: String, today: CivilDate) -> ResidentIDError? {
        let characters = Array(text.trimmingWhiteSpace)
        if let problem = characterProblem(in: characters) { return problem }
        if characters.count > 18 { return .tooLong(length: characters.count) }
        do throws(ResidentIDError) {
            _ = try documentKind(of: characters)
            if characters.count >= 14 { _ = try birthDate(in: characters, today: today) }
            if characters.count == 18 { _ = try parse(String(characters), today: today) }
        } catch {
            return error
        }
        return nil
    }

    /// Age in completed years on `date`; someone born on 29 February turns a year older on
    /// 28 February in a common year.
    public func age(on date: CivilDate) -> Int {
        var years = date.year - birthDate.year
        if birthDate.adding(years: years) > date { years -= 1 }
        return max(0, years)
    }

    /// "110105********002X": enough to recognise one's own number, not enough to copy someone's.
    public var masked: String {
        String(number.prefix(6)) + String(repeating: "*", count: 8) + String(number.suffix(4))
    }

    // MARK: Checks, in the order they are reported

    private static func characterProblem(in characters: [Character]) -> ResidentIDError? {
        if characters.contains(where: \.isFullWidthAlphanumeric) { return .fullWidthCharacters }
        for (index, character) in characters.enumerated() {
            let allowed = character.isASCIIDigit || (index == 17 && (character == "X" || character == "x"))
            if !allowed { return .invalidCharacter(character, position: index + 1) }
        }
        return nil
    }

    /// The document type and province the leading characters show; checks only as many as typed.
    private static func documentKind(of characters: [Character]) throws(ResidentIDError) -> (IdentityDocumentKind, String?) {
        let lead = String(characters.prefix(6))
        switch lead.first {
        case nil:
            return (.mainlandResidentID, nil)
        case "9":
            // '9', then the issuing province at characters 2–3.
            let province = String(lead.dropFirst().prefix(2))
            if province.count == 2, !ProvinceCodes.isMainland(province) { throw .unknownProvince(code: province) }
            return (.foreignPermanentResidenceCard, province)
        default:
            let province = String(lead.prefix(2))
            guard province.count == 2 else {
                // One digit typed: refuse it already when no province or permit starts with it.
                if !ProvinceCodes.firstDigits.contains(province) { throw .unknownProvince(code: province) }
                return (.mainlandResidentID, nil)
            }
            if ProvinceCodes.isMainland(province) { return (.mainlandResidentID, province) }
            let permits: [String: IdentityDocumentKind] = [
                "81": .hongKongMacauResidencePermit, "82": .hongKongMacauResidencePermit, "83": .taiwanResidencePermit,
            ]
            guard let permit = permits[province] else { throw .unknownProvince(code: province) }
            // A permit's address code is exactly x10000/820000/830000: refuse as soon as it strays.
            if !(province + "0000").hasPrefix(lead) { throw .unknownProvince(code: lead) }
            return (permit, nil)
        }
    }

    private static func birthDate(in characters: [Character], today: CivilDate?) throws(ResidentIDError) -> CivilDate {
        let digits = String(characters[6..<14])
        guard let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2)), year >= earliestBirthYear,
              let date = CivilDate(year: year, month: month, day: day)
        else { throw .impossibleBirthDate(digits) }
        if let today, date > today { throw .futureBirthDate(date) }
        return date
    }
}

/// Stored and exchanged as the 18 characters; reading one back checks it again, except against
/// the clock.
extension ResidentID: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try ResidentID.parse(text, notBornAfter: nil)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an identity number: \(error)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(number)
    }
}

extension Character {
    /// Full-width digits and Latin letters (U+FF10–FF19, FF21–FF3A, FF41–FF5A).
    var isFullWidthAlphanumeric: Bool {
        guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
        return (0xFF10...0xFF19).contains(scalar.value) || (0xFF21...0xFF3A).contains(scalar.value)
            || (0xFF41...0xFF5A).contains(scalar.value)
    }
}

extension String {
    var trimmingWhiteSpace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
