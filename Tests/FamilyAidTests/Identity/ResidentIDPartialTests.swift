import Testing
@testable import FamilyAid

/// `ResidentID.problem(inPartial:)`: what the number field may already say while someone types.
/// Nil while the characters so far can still become a valid number; otherwise the first problem
/// already visible (a first digit no number starts with, the province once its digits are in, the
/// birth date once its eight digits are in, the check character once all 18 are in).
@Suite("Resident ID: problems while typing")
struct ResidentIDPartialTests {
    static let rows: [(typed: String, problem: ResidentIDError?, why: String)] = [
        ("", nil, "nothing typed yet"),
        ("1", nil, "a first digit that starts provinces 11-15"),
        ("11", nil, "Beijing"),
        ("110105", nil, "a full address code"),
        ("1101051949", nil, "a birth year"),
        ("11010519491231", nil, "a full birth date"),
        ("11010519491231002", nil, "17 characters, the check still to come"),
        ("11010519491231002X", nil, "complete and valid"),
        ("11010519491231002x", nil, "complete with a lower-case x"),
        (" 1101 ", nil, "white space around what is typed"),
        ("8", nil, "8 may become a residence permit"),
        ("81", nil, "Hong Kong permit so far"),
        ("8100", nil, "Hong Kong permit so far"),
        ("830000", nil, "a Taiwan permit's address code"),
        ("9", nil, "a permanent-residence card"),
        ("93", nil, "a card whose province is half typed"),
        ("931840", nil, "a card issued in Shanghai"),
        ("0", .unknownProvince(code: "0"), "no province starts with 0"),
        ("7", .unknownProvince(code: "7"), "no province or permit starts with 7"),
        ("00", .unknownProvince(code: "00"), "province 00"),
        ("0012", .unknownProvince(code: "00"), "province 00, more typed"),
        ("71", .unknownProvince(code: "71"), "71 never begins a mainland ID"),
        ("84", .unknownProvince(code: "84"), "84 is no province and no permit"),
        ("811", .unknownProvince(code: "811"), "81 not followed by 0000"),
        ("82000", nil, "a Macau permit so far"),
        ("820001", .unknownProvince(code: "820001"), "82 not followed by 0000"),
        ("900", .unknownProvince(code: "00"), "a card issued in 00"),
        ("11010519490231", .impossibleBirthDate("19490231"), "31 February, once the date is complete"),
        ("1101051949023100", .impossibleBirthDate("19490231"), "31 February, more typed"),
        ("11010518991231", .impossibleBirthDate("18991231"), "born before 1900"),
        ("11010520261124", .futureBirthDate(People.date("2026-11-24")), "born tomorrow"),
        ("110105194912310021", .wrongCheckCharacter(expected: "X", found: "1"), "complete with a wrong check"),
        ("11010519491231002X1", .tooLong(length: 19), "a 19th character"),
        ("1101A", .invalidCharacter("A", position: 5), "a letter"),
        ("X", .invalidCharacter("X", position: 1), "X only at the end"),
        ("１１", .fullWidthCharacters, "full-width digits"),
        ("0A", .invalidCharacter("A", position: 2), "a bad character is said before the province"),
    ]

    @Test("What is already wrong while typing", arguments: rows)
    func partial(typed: String, problem: ResidentIDError?, why: String) {
        #expect(ResidentID.problem(inPartial: typed, today: People.today) == problem, "\(why)")
    }

    /// Every prefix of a valid number, of each document kind, is still fine.
    @Test("Every prefix of a valid number is fine", arguments: [
        "11010519491231002X", "810000198511070033", "830000197801010054", "931840198808080067",
    ])
    func prefixes(of number: String) {
        for length in 0...number.count {
            let prefix = String(number.prefix(length))
            #expect(ResidentID.problem(inPartial: prefix, today: People.today) == nil, "\(prefix)")
        }
    }
}
