import Foundation
import Testing
@testable import FamilyAid

/// What a valid number says about its holder: sex, age on a date, and the masked form.
@Suite("Resident ID: sex, age, masked")
struct ResidentIDFactsTests {
    @Test("Sex from the 17th character: odd male, even female", arguments: [
        ("001", Sex.male), ("003", .male), ("009", .male), ("111", .male),
        ("002", .female), ("000", .female), ("010", .female), ("998", .female),
    ])
    func sex(sequence: String, expected: Sex) {
        #expect(People.id(born: "1980-06-15", sequence: sequence).sex == expected)
    }

    @Test("Age in completed years on a date", arguments: [
        ("1949-12-31", "2026-11-23", 76, "birthday still ahead this year"),
        ("1949-11-23", "2026-11-23", 77, "birthday today"),
        ("2010-11-23", "2026-11-23", 16, "turns 16 today"),
        ("2010-11-24", "2026-11-23", 15, "turns 16 tomorrow"),
        ("1966-11-23", "2026-11-23", 60, "turns 60 today"),
        ("1966-11-24", "2026-11-23", 59, "turns 60 tomorrow"),
        ("2026-11-23", "2026-11-23", 0, "born today"),
        ("2025-11-24", "2026-11-23", 0, "a day short of one year"),
        ("2000-02-29", "2024-02-28", 23, "29 February birthday, leap year, the day before"),
        ("2000-02-29", "2024-02-29", 24, "29 February birthday, leap year, on the day"),
        ("2000-02-29", "2025-02-27", 24, "29 February birthday, common year, two days before"),
        ("2000-02-29", "2025-02-28", 25, "29 February birthday, common year: a year older on 28 February"),
        ("2000-02-29", "2025-03-01", 25, "29 February birthday, common year, after"),
        ("2020-01-01", "2019-06-01", 0, "a date before the birth"),
    ])
    func age(born: String, on date: String, expected: Int, why: String) {
        let id = People.id(born: born, sequence: "001")
        #expect(id.age(on: People.date(date)) == expected, "\(why)")
    }

    @Test("Masked: the address code and the last four", arguments: [
        ("11010519491231002X", "110105********002X"),
        ("810000198511070033", "810000********0033"),
        ("931840198808080067", "931840********0067"),
    ])
    func masked(number: String, expected: String) throws {
        #expect(try ResidentID.parse(number, today: People.today).masked == expected)
    }

    @Test func codableIsTheBareNumber() throws {
        let id = try ResidentID.parse("11010519491231002x", today: People.today)
        let data = try JSONEncoder().encode([id])
        #expect(String(decoding: data, as: UTF8.self) == #"["11010519491231002X"]"#)
    }

    @Test("Decoding refuses what parsing refuses", arguments: [
        #"["110105194912310021"]"#, #"["110105194913010010"]"#, #"[""]"#, #"[18]"#,
    ])
    func decodingRefuses(json: String) {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([ResidentID].self, from: Data(json.utf8)) }
    }

    /// A stored number is read back even when the clock it is checked against is wrong: decoding
    /// does not compare the birth date with today.
    @Test func decodingDoesNotCheckTheClock() throws {
        let decoded = try JSONDecoder().decode([ResidentID].self, from: Data(#"["110105202611240010"]"#.utf8))
        #expect(decoded.first?.birthDate == People.date("2026-11-24"))
    }
}
