import Testing
@testable import FamilyAid

/// A year without published holidays counts weekends only, and the calendar says which years.
@Suite("Working days: years without data")
struct WorkingDaysFallbackTests {
    @Test("2027 is not in the file: weekends only", arguments: [
        ("2027-01-01", true, "a Friday (元旦 once published)"),
        ("2027-10-01", true, "a Friday (国庆节 once published)"),
        ("2027-10-02", false, "a Saturday"),
        ("2027-02-08", true, "a Monday"),
    ])
    func weekendsOnlyIn2027(date: String, working: Bool, why: String) throws {
        let calendar = try ShippedWorkingDays.calendar()
        #expect(calendar.isWorkingDay(People.date(date)) == working, "\(why)")
        #expect(!calendar.hasData(for: 2027))
    }

    @Test("Which years a span counts by weekends only", arguments: [
        ("2026-01-01", "2026-12-31", [Int]()),
        ("2026-11-23", "2026-12-21", []),
        ("2026-12-01", "2027-01-15", [2027]),
        ("2025-12-20", "2026-01-10", [2025]),
        ("2025-06-01", "2028-01-01", [2025, 2027, 2028]),
    ])
    func yearsWithoutData(from start: String, to end: String, expected: [Int]) throws {
        let calendar = try ShippedWorkingDays.calendar()
        #expect(calendar.yearsWithoutData(in: People.date(start)...People.date(end)) == expected)
    }

    @Test func addingIntoAYearWithoutData() throws {
        let calendar = try ShippedWorkingDays.calendar()
        let start = People.date("2026-12-31")
        let deadline = calendar.adding(workingDays: 2, to: start)
        #expect(deadline == People.date("2027-01-04"), "Friday 1 January 2027 counted as a working day")
        #expect(calendar.yearsWithoutData(in: start...deadline) == [2027])
    }

    @Test("Weekends-only calendar", arguments: [
        ("2026-10-01", true), ("2026-02-16", true), ("2026-10-10", false), ("2026-11-28", false), ("2026-11-23", true),
    ])
    func weekendsOnly(date: String, working: Bool) {
        let calendar = WorkingDayCalendar.weekendsOnly
        #expect(calendar.isWorkingDay(People.date(date)) == working)
        #expect(calendar.holiday(on: People.date(date)) == nil)
        #expect(calendar.yearsWithData.isEmpty)
        #expect(calendar.yearsWithoutData(in: People.date(date)...People.date(date)) == [2026])
    }

    @Test func weekendsOnlyAddsPastTheWeekend() {
        #expect(WorkingDayCalendar.weekendsOnly.adding(workingDays: 1, to: People.date("2026-09-30")) == People.date("2026-10-01"))
        #expect(WorkingDayCalendar.weekendsOnly.adding(workingDays: 5, to: People.date("2026-11-23")) == People.date("2026-11-30"))
    }
}
