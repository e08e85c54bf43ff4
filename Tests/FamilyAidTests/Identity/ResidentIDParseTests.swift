import Testing
@testable import FamilyAid

/// GB 11643 identity numbers, as `ResidentID.parse` reads them on `People.today` (2026-11-23).
@Suite("Resident ID: parsing")
struct ResidentIDParseTests {
    struct Valid: Sendable, CustomTestStringConvertible {
        let text: String
        let number: String
        let kind: IdentityDocumentKind
        let born: String
        let sex: Sex
        let province: String?
        let why: String

        var testDescription: String { "\(text): \(why)" }
    }

    static let valid: [Valid] = [
        Valid(text: "11010519491231002X", number: "11010519491231002X", kind: .mainlandResidentID,
              born: "1949-12-31", sex: .female, province: "11", why: "the standard's example, check character X"),
        Valid(text: "11010519491231002x", number: "11010519491231002X", kind: .mainlandResidentID,
              born: "1949-12-31", sex: .female, province: "11", why: "lower-case x read as X"),
        Valid(text: " 11010519491231002X\n", number: "11010519491231002X", kind: .mainlandResidentID,
              born: "1949-12-31", sex: .female, province: "11", why: "a card reader's white space around it"),
        Valid(text: "440304200002291236", number: "440304200002291236", kind: .mainlandResidentID,
              born: "2000-02-29", sex: .male, province: "44", why: "29 February of a leap year"),
        Valid(text: "650102190001010083", number: "650102190001010083", kind: .mainlandResidentID,
              born: "1900-01-01", sex: .female, province: "65", why: "the earliest birth date accepted"),
        Valid(text: "110105202611230015", number: "110105202611230015", kind: .mainlandResidentID,
              born: "2026-11-23", sex: .male, province: "11", why: "born today"),
        Valid(text: "210102197005010021", number: "210102197005010021", kind: .mainlandResidentID,
              born: "1970-05-01", sex: .female, province: "21", why: "17th digit 2: female"),
        Valid(text: "540102197005010108", number: "540102197005010108", kind: .mainlandResidentID,
              born: "1970-05-01", sex: .female, province: "54", why: "17th digit 0: female"),
        Valid(text: "810000198511070033", number: "810000198511070033", kind: .hongKongMacauResidencePermit,
              born: "1985-11-07", sex: .male, province: nil, why: "Hong Kong residence permit, no province"),
        Valid(text: "820000199003150041", number: "820000199003150041", kind: .hongKongMacauResidencePermit,
              born: "1990-03-15", sex: .female, province: nil, why: "Macau residence permit, no province"),
        Valid(text: "830000197801010054", number: "830000197801010054", kind: .taiwanResidencePermit,
              born: "1978-01-01", sex: .male, province: nil, why: "Taiwan residence permit, no province"),
        Valid(text: "931840198808080067", number: "931840198808080067", kind: .foreignPermanentResidenceCard,
              born: "1988-08-08", sex: .female, province: "31", why: "permanent-residence card issued in Shanghai"),
        Valid(text: "911156197001010070", number: "911156197001010070", kind: .foreignPermanentResidenceCard,
              born: "1970-01-01", sex: .male, province: "11", why: "permanent-residence card issued in Beijing"),
    ]

    @Test("Valid numbers and what they say", arguments: valid)
    func validNumber(row: Valid) throws {
        let id = try ResidentID.parse(row.text, today: People.today)
        #expect(id.number == row.number)
        #expect(id.documentKind == row.kind)
        #expect(id.birthDate == People.date(row.born))
        #expect(id.sex == row.sex)
        #expect(id.provinceCode == row.province)
    }

    static let invalid: [(text: String, error: ResidentIDError, why: String)] = [
        ("", .empty, "nothing typed"),
        ("   ", .empty, "only white space"),
        ("110105194912310021", .wrongCheckCharacter(expected: "X", found: "1"), "wrong check character"),
        ("11010519491231002Y", .invalidCharacter("Y", position: 18), "a letter other than X at the end"),
        ("110105194912310020", .wrongCheckCharacter(expected: "X", found: "0"), "0 where X belongs"),
        ("440304200002291230", .wrongCheckCharacter(expected: "6", found: "0"), "wrong digit at the end"),
        ("110105194902300012", .impossibleBirthDate("19490230"), "30 February"),
        ("110105194913010010", .impossibleBirthDate("19491301"), "month 13"),
        ("110105194900010010", .impossibleBirthDate("19490001"), "month 00"),
        ("110105194901000018", .impossibleBirthDate("19490100"), "day 00"),
        ("110105194902290010", .impossibleBirthDate("19490229"), "29 February in a common year"),
        ("110105190002290017", .impossibleBirthDate("19000229"), "29 February 1900: not a leap year"),
        ("110105189912310015", .impossibleBirthDate("18991231"), "born before 1900"),
        ("110105202611240010", .futureBirthDate(People.date("2026-11-24")), "born tomorrow"),
        ("000105194912310016", .unknownProvince(code: "00"), "province 00"),
        ("710101194912310018", .unknownProvince(code: "71"), "71 (Taiwan) never begins a mainland ID"),
        ("160101194912310015", .unknownProvince(code: "16"), "16 is no province"),
        ("840000194912310015", .unknownProvince(code: "84"), "84 is neither province nor permit"),
        ("810100194912310015", .unknownProvince(code: "810100"), "81 but not a permit's 810000"),
        ("990840194912310012", .unknownProvince(code: "90"), "permanent-residence card issued in 90"),
        ("900840194912310016", .unknownProvince(code: "00"), "permanent-residence card issued in 00"),
        ("97184019491231001X", .unknownProvince(code: "71"), "permanent-residence card issued in 71"),
        ("11010519491231002", .tooShort(length: 17), "17 characters"),
        ("1101051949", .tooShort(length: 10), "10 characters"),
        ("11010519491231002X0", .tooLong(length: 19), "19 characters"),
        ("1101051949123100200", .tooLong(length: 19), "19 digits"),
        ("１１０１０５１９４９１２３１００２Ｘ", .fullWidthCharacters, "full-width digits and X"),
        ("11010519491231002Ｘ", .fullWidthCharacters, "only the X full-width"),
        ("11010519491231002ｘ", .fullWidthCharacters, "a full-width lower-case x"),
        ("110105A9491231002X", .invalidCharacter("A", position: 7), "a letter in the middle"),
        ("1101051949X231002X", .invalidCharacter("X", position: 11), "X before the last place"),
        ("X1010519491231002X", .invalidCharacter("X", position: 1), "X in the first place"),
        ("110105 19491231002X", .invalidCharacter(" ", position: 7), "a space inside"),
        ("110105-19491231002X", .invalidCharacter("-", position: 7), "a hyphen inside"),
        ("A1", .invalidCharacter("A", position: 1), "a bad character is named before the length"),
        ("1101051949123100٢X", .invalidCharacter("٢", position: 17), "a digit of another script"),
    ]

    @Test("Invalid numbers and the first problem", arguments: invalid)
    func invalidNumber(text: String, error: ResidentIDError, why: String) {
        #expect(throws: error, "\(why)") { try ResidentID.parse(text, today: People.today) }
    }

    @Test("The check character of 17 digits", arguments: [
        ("11010519491231002", Character?("X")), ("44030420000229123", "6"), ("81000019851107003", "3"),
        ("1101051949123100", nil), ("110105194912310020", nil), ("1101051949123100X", nil),
    ])
    func checkCharacter(first17: String, expected: Character?) {
        #expect(ResidentID.checkCharacter(forFirst17: first17) == expected)
    }
}
