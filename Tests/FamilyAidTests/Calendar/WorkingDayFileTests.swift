import Testing
@testable import FamilyAid

/// Reading the working-day data file: a good file loads, each kind of mistake refuses the whole
/// file with its line, year and reason.
@Suite("Working days: the data file")
struct WorkingDayFileTests {
    @Test func aGoodFileLoads() throws {
        let calendar = try WorkingDayCalendar(yaml: """
            # comment
            2025:
              holidays:
                - name: 国庆节
                  from: 2025-10-01
                  to: 2025-10-08
              make-up working days:
                - 2025-09-28
                - 2025-10-11
            2019:
              source: 2019 notice
              holidays:
                - name: 元旦
                  from: 2018-12-30
                  to: 2019-01-01
                - name: 一天
                  from: 2019-04-05
              make-up working days:
                - 2018-12-29
            """)
        #expect(calendar.yearsWithData == [2019, 2025])
        #expect(calendar.arrangements[2019]?.source == "2019 notice")
        #expect(calendar.arrangements[2025]?.source == nil)
        #expect(calendar.holiday(on: People.date("2018-12-31"))?.name == "元旦", "元旦 2019 began in 2018")
        #expect(calendar.isWorkingDay(People.date("2018-12-29")), "a Saturday worked")
        #expect(calendar.holiday(on: People.date("2019-04-05"))?.last == People.date("2019-04-05"), "one day without `to`")
        #expect(!calendar.isWorkingDay(People.date("2025-10-08")))
        #expect(calendar.isWorkingDay(People.date("2025-10-11")))
    }

    @Test func aYearWithoutMakeUpDaysLoads() throws {
        let calendar = try WorkingDayCalendar(yaml: "2030:\n  holidays:\n    - name: 元旦\n      from: 2030-01-01\n")
        #expect(calendar.arrangements[2030]?.makeUpWorkingDays == [])
    }

    struct Bad: Sendable, CustomTestStringConvertible {
        let yaml: String
        let line: Int?
        let year: Int?
        let reason: WorkingDayDataError.Reason
        let why: String
        var testDescription: String { why }
    }

    /// A year whose holiday section is `holidays` and whose make-up days are `makeUp`, lines
    /// numbered from 1 as written here.
    static func year(_ heading: String = "2026", holidays: String = """
            - name: 国庆节
              from: 2026-10-01
              to: 2026-10-07
        """, makeUp: String = "    - 2026-10-10") -> String {
        "\(heading):\n  holidays:\n\(holidays)\n  make-up working days:\n\(makeUp)\n"
    }

    static let bad: [Bad] = [
        Bad(yaml: "", line: nil, year: nil, reason: .noYears, why: "an empty file"),
        Bad(yaml: "# only a comment\n", line: nil, year: nil, reason: .noYears, why: "only comments"),
        Bad(yaml: "{}", line: 1, year: nil, reason: .noYears, why: "an empty mapping"),
        Bad(yaml: "2026:\n  holidays: [\n", line: 3, year: nil,
            reason: .notYAML("did not find expected node content"), why: "not YAML"),
        Bad(yaml: "- 2026-10-01\n", line: 1, year: nil,
            reason: .expected("a list of years, each as `2026:` with its holidays below"), why: "a list instead of years"),
        Bad(yaml: year("26"), line: 1, year: nil, reason: .notAYear("26"), why: "a two-digit year"),
        Bad(yaml: year("year 2026"), line: 1, year: nil, reason: .notAYear("year 2026"), why: "words for a year"),
        Bad(yaml: year() + year(), line: 1, year: nil, reason: .keyListedTwice("2026"), why: "a year twice"),
        // Read with the basic resolver, a quoted year is the same key to YAML as a bare one.
        Bad(yaml: year() + year("'2026'"), line: 1, year: nil, reason: .keyListedTwice("2026"), why: "a year twice, once quoted"),
        Bad(yaml: "2026: none\n", line: 1, year: 2026,
            reason: .expected("the year's `holidays:` and `make-up working days:`"), why: "a year that is not a section"),
        Bad(yaml: "2026:\n  holiday:\n    - name: 元旦\n      from: 2026-01-01\n", line: 2, year: 2026,
            reason: .unknownKey("holiday", allowed: ["source", "holidays", "make-up working days"]), why: "a misspelt key"),
        Bad(yaml: "2026:\n  source: notice\n", line: 1, year: 2026, reason: .missingKey("holidays"), why: "no holidays key"),
        Bad(yaml: "2026:\n  holidays: []\n", line: 2, year: 2026, reason: .noHolidays, why: "an empty holiday list"),
        Bad(yaml: "2026:\n  holidays: 2026-10-01\n", line: 2, year: 2026,
            reason: .expected("a list of holidays, each starting with `- name:`"), why: "holidays not a list"),
        Bad(yaml: year(holidays: "    - 2026-10-01"), line: 3, year: 2026,
            reason: .expected("a holiday with its `name:`, `from:` and `to:`"), why: "a holiday that is a bare date"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2026-10-01\n      until: 2026-10-07"), line: 5, year: 2026,
            reason: .unknownKey("until", allowed: ["name", "from", "to"]), why: "a misspelt holiday key"),
        Bad(yaml: year(holidays: "    - from: 2026-10-01\n      to: 2026-10-07"), line: 3, year: 2026,
            reason: .missingKey("name"), why: "a holiday without a name"),
        Bad(yaml: year(holidays: "    - name: ''\n      from: 2026-10-01"), line: 3, year: 2026,
            reason: .emptyName, why: "an empty name"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      to: 2026-10-07"), line: 3, year: 2026,
            reason: .missingKey("from"), why: "a holiday without a first day"),
        Bad(yaml: year(holidays: "    - name: 春节\n      from: 2026-02-30"), line: 4, year: 2026,
            reason: .notADate("2026-02-30"), why: "30 February"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2026-10-1\n      to: 2026-10-07"), line: 4, year: 2026,
            reason: .notADate("2026-10-1"), why: "a date without its leading zero"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2026-10-01\n      to: 10月7日"), line: 5, year: 2026,
            reason: .notADate("10月7日"), why: "a date in words"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2027-10-01\n      to: 2027-10-07"), line: 4, year: 2026,
            reason: .dateOutsideYear(People.date("2027-10-01")), why: "a date of the next year"),
        Bad(yaml: year(holidays: "    - name: 元旦\n      from: 2025-11-30\n      to: 2026-01-01"), line: 4, year: 2026,
            reason: .dateOutsideYear(People.date("2025-11-30")), why: "a date before December of the year before"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2026-10-07\n      to: 2026-10-01"), line: 5, year: 2026,
            reason: .endsBeforeItStarts(first: People.date("2026-10-07"), last: People.date("2026-10-01")), why: "backwards"),
        Bad(yaml: year(holidays: "    - name: 国庆节\n      from: 2026-10-01\n      to: 2026-11-07"), line: 5, year: 2026,
            reason: .holidayTooLong(days: 38), why: "a mistyped month"),
        Bad(yaml: year(holidays: "    - name: 中秋节\n      from: 2026-09-25\n      to: 2026-10-01\n    - name: 国庆节\n      from: 2026-10-01\n      to: 2026-10-07"),
            line: 7, year: 2026, reason: .dateListedTwice(People.date("2026-10-01"), firstLine: 4), why: "overlapping holidays"),
        Bad(yaml: year(makeUp: "    - 2026-10-10\n    - 2026-10-10"), line: 8, year: 2026,
            reason: .dateListedTwice(People.date("2026-10-10"), firstLine: 7), why: "a make-up day twice"),
        Bad(yaml: year(makeUp: "    - 2026-10-04"), line: 7, year: 2026,
            reason: .dateListedTwice(People.date("2026-10-04"), firstLine: 4), why: "a make-up day inside a holiday"),
        Bad(yaml: year(makeUp: "    - 2026-10-09"), line: 7, year: 2026,
            reason: .makeUpDayNotAWeekend(People.date("2026-10-09")), why: "a make-up day on a Friday"),
        Bad(yaml: year(makeUp: "    - 2027-01-02"), line: 7, year: 2026,
            reason: .dateOutsideYear(People.date("2027-01-02")), why: "a make-up day of the next year"),
        Bad(yaml: year(makeUp: "    2026-10-10"), line: 7, year: 2026,
            reason: .expected("a list of dates, each as `- 2026-01-04`"), why: "make-up days not a list"),
        Bad(yaml: year(makeUp: "    - 十月十日"), line: 7, year: 2026,
            reason: .notADate("十月十日"), why: "a make-up day in words"),
        Bad(yaml: year(makeUp: "    - 2026-12-27")
                + year("2027", holidays: "    - name: 元旦\n      from: 2026-12-26\n      to: 2027-01-01", makeUp: "    - 2027-01-09"),
            line: 11, year: 2027, reason: .dateListedTwice(People.date("2026-12-27"), firstLine: 7),
            why: "a December day listed by its own year and by the next"),
    ]

    @Test("Each kind of bad file is refused", arguments: bad)
    func refused(row: Bad) {
        #expect(throws: WorkingDayDataError(line: row.line, year: row.year, reason: row.reason)) {
            try WorkingDayCalendar(yaml: row.yaml)
        }
    }

    @Test("The message names the line, the year and the reason", arguments: [
        (year(makeUp: "    - 2026-10-09"),
         "line 7, year 2026: 2026-10-09 is a Friday; a make-up working day (调休上班) is always a Saturday or Sunday"),
        (year(makeUp: "    - 2026-10-10\n    - 2026-10-10"),
         "line 8, year 2026: 2026-10-10 is listed twice (first on line 7)"),
        (year(holidays: "    - name: 春节\n      from: 2026-02-30"),
         "line 4, year 2026: \"2026-02-30\" is not a date; write dates as YYYY-MM-DD, such as 2026-10-01"),
        (year("26"), "line 1: \"26\" is not a year; each section starts with a year such as 2026:"),
        ("2026:\n  holiday: []\n",
         "line 2, year 2026: unknown entry \"holiday\"; the entries here are \"source\", \"holidays\", \"make-up working days\""),
        ("", "the file lists no year; it needs at least one year with its holidays"),
    ])
    func message(yaml: String, expected: String) {
        do {
            _ = try WorkingDayCalendar(yaml: yaml)
            Issue.record("accepted")
        } catch {
            #expect(error.description == expected)
        }
    }
}
