import Testing
import TestSupport
@testable import FamilyAid

/// 2026 as the State Council published it (国务院办公厅关于2026年部分节假日安排的通知, 4 November
/// 2025), read from the shipped data file.
@Suite("Working days: 2026")
struct WorkingDays2026Tests {
    static let holidays: [(name: String, first: String, last: String)] = [
        ("元旦", "2026-01-01", "2026-01-03"),
        ("春节", "2026-02-15", "2026-02-23"),
        ("清明节", "2026-04-04", "2026-04-06"),
        ("劳动节", "2026-05-01", "2026-05-05"),
        ("端午节", "2026-06-19", "2026-06-21"),
        ("中秋节", "2026-09-25", "2026-09-27"),
        ("国庆节", "2026-10-01", "2026-10-07"),
    ]

    static let makeUpDays = ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]

    @Test func theShippedFileHoldsExactlyTheNotice() throws {
        let calendar = try ShippedWorkingDays.calendar()
        #expect(calendar.yearsWithData == [2026])
        let arrangement = try #require(calendar.arrangements[2026])
        #expect(arrangement.holidays.map { "\($0.name) \($0.first)…\($0.last)" }
                == Self.holidays.map { "\($0.name) \($0.first)…\($0.last)" })
        #expect(arrangement.makeUpWorkingDays == Self.makeUpDays.map(People.date))
        #expect(arrangement.source?.contains("2026年部分节假日安排") == true)
    }

    @Test("Every day of every holiday is a day off", arguments: holidays)
    func holiday(name: String, first: String, last: String) throws {
        let calendar = try ShippedWorkingDays.calendar()
        var day = People.date(first)
        while day <= People.date(last) {
            #expect(!calendar.isWorkingDay(day), "\(day)")
            #expect(calendar.holiday(on: day)?.name == name, "\(day)")
            day = day.adding(days: 1)
        }
        #expect(calendar.holiday(on: People.date(first).adding(days: -1))?.name != name, "the day before")
        #expect(calendar.holiday(on: People.date(last).adding(days: 1)) == nil, "the day after")
    }

    @Test("Every make-up day is worked, though a weekend", arguments: makeUpDays)
    func makeUpDay(date: String) throws {
        let calendar = try ShippedWorkingDays.calendar()
        let day = People.date(date)
        #expect(day.isWeekend)
        #expect(calendar.isWorkingDay(day))
        #expect(calendar.isMakeUpWorkingDay(day))
        #expect(!WorkingDayCalendar.weekendsOnly.isWorkingDay(day), "a weekend without the data")
    }

    @Test("Ordinary days", arguments: [
        ("2026-11-23", true, "an ordinary Monday"),
        ("2026-11-27", true, "an ordinary Friday"),
        ("2026-03-10", true, "an ordinary Tuesday"),
        ("2026-09-28", true, "the Monday after 中秋节"),
        ("2026-10-08", true, "the Thursday after 国庆节"),
        ("2026-02-24", true, "the Tuesday after 春节"),
        ("2026-11-28", false, "an ordinary Saturday"),
        ("2026-11-29", false, "an ordinary Sunday"),
        ("2026-10-11", false, "the Sunday after the make-up Saturday"),
        ("2026-09-19", false, "the Saturday before the make-up Sunday"),
    ])
    func ordinaryDay(date: String, working: Bool, why: String) throws {
        let calendar = try ShippedWorkingDays.calendar()
        #expect(calendar.isWorkingDay(People.date(date)) == working, "\(why)")
        #expect(calendar.holiday(on: People.date(date)) == nil)
        #expect(!calendar.isMakeUpWorkingDay(People.date(date)))
    }

    @Test("Adding working days", arguments: [
        ("2026-11-23", 5, "2026-11-30", "Monday + 5: the next Monday"),
        ("2026-11-23", 20, "2026-12-21", "four ordinary weeks"),
        ("2026-11-23", 0, "2026-11-23", "zero: the same day"),
        ("2026-11-28", 0, "2026-11-28", "zero on a Saturday: the same day"),
        ("2026-11-28", 1, "2026-11-30", "from a Saturday: the Monday"),
        ("2026-09-29", 1, "2026-09-30", "the day before 国庆节"),
        ("2026-09-30", 1, "2026-10-08", "across 国庆节"),
        ("2026-09-30", 2, "2026-10-09", "across 国庆节, then Friday"),
        ("2026-09-30", 3, "2026-10-10", "across 国庆节 onto the make-up Saturday"),
        ("2026-09-30", 4, "2026-10-12", "past the make-up Saturday, not the Sunday"),
        ("2026-09-18", 1, "2026-09-20", "Friday onto the make-up Sunday"),
        ("2026-09-24", 1, "2026-09-28", "across 中秋节"),
        ("2026-02-12", 1, "2026-02-13", "before 春节"),
        ("2026-02-13", 1, "2026-02-14", "Friday onto the make-up Saturday"),
        ("2026-02-14", 1, "2026-02-24", "across 春节"),
        ("2026-02-12", 3, "2026-02-24", "across 春节 with its make-up Saturday"),
        ("2026-02-27", 1, "2026-02-28", "onto the second make-up Saturday"),
        ("2026-02-28", 1, "2026-03-02", "after it, an ordinary Monday"),
        ("2026-04-03", 1, "2026-04-07", "across 清明节"),
        ("2026-04-30", 1, "2026-05-06", "across 劳动节"),
        ("2026-06-18", 1, "2026-06-22", "across 端午节"),
        ("2025-12-31", 1, "2026-01-04", "from 2025 across 元旦 onto the make-up Sunday"),
        ("2026-10-08", -1, "2026-09-30", "back across 国庆节"),
        ("2026-10-12", -4, "2026-09-30", "back across the make-up Saturday and 国庆节"),
        ("2026-11-29", -1, "2026-11-27", "back from a Sunday: the Friday"),
    ])
    func adding(start: String, workingDays: Int, expected: String, why: String) throws {
        let calendar = try ShippedWorkingDays.calendar()
        let result = calendar.adding(workingDays: workingDays, to: People.date(start))
        #expect(result == People.date(expected), "\(why)")
        if workingDays != 0 { #expect(calendar.workingDays(from: People.date(start), to: result) == workingDays) }
    }

    @Test("Counting working days between two dates", arguments: [
        ("2026-09-30", "2026-10-08", 1), ("2026-09-30", "2026-10-07", 0), ("2026-09-30", "2026-10-10", 3),
        ("2026-02-13", "2026-02-24", 2), ("2026-11-23", "2026-11-23", 0), ("2026-11-27", "2026-11-29", 0),
        ("2026-10-08", "2026-09-30", -1), ("2026-11-30", "2026-11-23", -5),
        ("2025-12-31", "2026-12-31", 248),
    ])
    func counting(start: String, end: String, expected: Int) throws {
        let calendar = try ShippedWorkingDays.calendar()
        #expect(calendar.workingDays(from: People.date(start), to: People.date(end)) == expected)
    }

    /// `workingDays(from:to:)` undoes `adding(workingDays:to:)` from any day, forwards and back.
    @Test func countingUndoesAdding() throws {
        let calendar = try ShippedWorkingDays.calendar()
        var generator = SeededGenerator(seed: 2026)
        let start = People.date("2025-12-01").daysSinceEpoch
        for _ in 0..<400 {
            let day = CivilDate(daysSinceEpoch: Int.random(in: start...(start + 420), using: &generator))
            let count = Int.random(in: -40...40, using: &generator)
            let result = calendar.adding(workingDays: count, to: day)
            #expect(calendar.workingDays(from: day, to: result) == count, "seed 2026: \(day) + \(count)")
            if count != 0 { #expect(calendar.isWorkingDay(result), "seed 2026: \(day) + \(count)") }
        }
    }
}
