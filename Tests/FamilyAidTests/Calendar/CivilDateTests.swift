import Foundation
import Testing
import TestSupport
@testable import FamilyAid

@Suite("Civil dates")
struct CivilDateTests {
    @Test("Which dates exist", arguments: [
        (2024, 2, 29, true), (2023, 2, 29, false), (2000, 2, 29, true), (1900, 2, 29, false),
        (2100, 2, 29, false), (2026, 2, 28, true), (2026, 2, 30, false), (2026, 4, 30, true),
        (2026, 4, 31, false), (2026, 12, 31, true), (2026, 13, 1, false), (2026, 0, 1, false),
        (2026, 1, 0, false), (2026, 1, 32, false), (0, 1, 1, false), (1, 1, 1, true),
        (9999, 12, 31, true), (10_000, 1, 1, false),
    ])
    func exists(year: Int, month: Int, day: Int, expected: Bool) {
        #expect((CivilDate(year: year, month: month, day: day) != nil) == expected)
    }

    @Test("Leap years", arguments: [(2024, true), (2023, false), (2000, true), (1900, false), (2100, false), (2400, true), (2026, false)])
    func leap(year: Int, expected: Bool) {
        #expect(CivilDate.isLeap(year) == expected)
        #expect(CivilDate.daysIn(month: 2, of: year) == (expected ? 29 : 28))
    }

    @Test("Weekday, Monday 1 to Sunday 7", arguments: [
        ("2026-11-23", 1), ("2026-11-24", 2), ("2026-11-27", 5), ("2026-11-28", 6), ("2026-11-29", 7),
        ("1970-01-01", 4), ("1969-12-31", 3), ("2000-01-01", 6), ("1949-10-01", 6), ("1900-01-01", 1),
        ("2024-02-29", 4),
    ])
    func weekday(date: String, expected: Int) {
        #expect(People.date(date).weekday == expected)
        #expect(People.date(date).isWeekend == (expected >= 6))
    }

    @Test("Days until another date", arguments: [
        ("2026-01-01", "2026-12-31", 364), ("2024-01-01", "2025-01-01", 366), ("2026-11-23", "2026-11-23", 0),
        ("2026-11-23", "2026-11-22", -1), ("2024-02-28", "2024-03-01", 2), ("2023-02-28", "2023-03-01", 1),
        ("1900-01-01", "2000-01-01", 36_524), ("1970-01-01", "1969-12-31", -1),
    ])
    func daysUntil(from: String, to: String, expected: Int) {
        #expect(People.date(from).days(until: People.date(to)) == expected)
        #expect(People.date(from).adding(days: expected) == People.date(to))
    }

    @Test("Adding days", arguments: [
        ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"), ("2026-12-31", 1, "2027-01-01"),
        ("2026-03-01", -1, "2026-02-28"), ("2024-03-01", -1, "2024-02-29"), ("2026-11-23", 0, "2026-11-23"),
        ("2026-11-23", 365, "2027-11-23"),
    ])
    func addingDays(date: String, days: Int, expected: String) {
        #expect(People.date(date).adding(days: days) == People.date(expected))
    }

    @Test("Adding years keeps the day, 29 February becomes 28", arguments: [
        ("2024-02-29", 1, "2025-02-28"), ("2024-02-29", 4, "2028-02-29"), ("2024-02-29", -1, "2023-02-28"),
        ("2024-02-29", 100, "2124-02-29"), ("2000-02-29", 100, "2100-02-28"), ("2010-11-23", 16, "2026-11-23"),
        ("2026-01-31", 0, "2026-01-31"),
    ])
    func addingYears(date: String, years: Int, expected: String) {
        #expect(People.date(date).adding(years: years) == People.date(expected))
    }

    @Test("Read from text", arguments: [
        ("2026-11-23", CivilDate(year: 2026, month: 11, day: 23)), ("2024-02-29", CivilDate(year: 2024, month: 2, day: 29)),
        ("0999-01-05", CivilDate(year: 999, month: 1, day: 5)),
        ("2026-1-23", nil), ("2026/11/23", nil), ("2026-02-30", nil), ("20261123", nil), (" 2026-11-23", nil),
        ("2026-11-23T00:00", nil), ("+026-11-23", nil), ("２０２６-11-23", nil), ("", nil), ("2026-11-", nil),
        ("2023-02-29", nil), ("2026-13-01", nil),
    ])
    func parse(text: String, expected: CivilDate?) {
        #expect(CivilDate(text) == expected)
    }

    @Test("Written as YYYY-MM-DD", arguments: [
        (CivilDate(year: 2026, month: 1, day: 4)!, "2026-01-04"), (CivilDate(year: 999, month: 12, day: 31)!, "0999-12-31"),
    ])
    func description(date: CivilDate, expected: String) {
        #expect(date.description == expected)
        #expect(CivilDate(expected) == date)
    }

    @Test func ordering() {
        #expect(People.date("2026-11-23") < People.date("2026-11-24"))
        #expect(People.date("2026-01-31") < People.date("2026-02-01"))
        #expect(People.date("2025-12-31") < People.date("2026-01-01"))
        #expect(!(People.date("2026-11-23") < People.date("2026-11-23")))
    }

    @Test func codableIsTheText() throws {
        #expect(String(decoding: try JSONEncoder().encode([People.date("2026-01-04")]), as: UTF8.self) == #"["2026-01-04"]"#)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([CivilDate].self, from: Data(#"["2026-02-30"]"#.utf8)) }
    }

    /// The day an instant falls on in Shanghai (UTC+8), and back.
    @Test("Instants in Shanghai", arguments: [
        (1_795_363_200.0, "2026-11-23", "00:00 Shanghai is 16:00 UTC the day before"),
        (1_795_363_199.0, "2026-11-22", "one second earlier"),
        (1_795_449_599.0, "2026-11-23", "23:59:59 Shanghai"),
        (0.0, "1970-01-01", "the epoch, 08:00 in Shanghai"),
    ])
    func instant(seconds: Double, expected: String, why: String) {
        #expect(CivilDate(Date(timeIntervalSince1970: seconds)) == People.date(expected), "\(why)")
    }

    @Test func startOfDayInShanghai() {
        #expect(People.date("2026-11-23").startOfDay() == Date(timeIntervalSince1970: 1_795_363_200))
        #expect(People.date("2026-11-23").startOfDay(in: TimeZone(secondsFromGMT: 0)!) == Date(timeIntervalSince1970: 1_795_392_000))
    }

    @Test func dayCountsRoundTrip() {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<1_000 {
            let count = Int.random(in: -25_567...2_932_896, using: &generator)
            let date = CivilDate(daysSinceEpoch: count)
            #expect(date.daysSinceEpoch == count, "seed 7: \(count)")
            #expect(CivilDate(year: date.year, month: date.month, day: date.day) == date, "seed 7: \(count)")
            #expect(CivilDate(date.description) == date, "seed 7: \(count)")
        }
    }
}
