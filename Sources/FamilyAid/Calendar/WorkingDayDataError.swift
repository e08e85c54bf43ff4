/// Why the working-day data file was refused, with the line and year it concerns, so whoever
/// keeps the file can find the mistake. The whole file is refused: a calendar that silently
/// dropped one wrong holiday would put deadlines on days nobody works.
public struct WorkingDayDataError: Error, Hashable, Sendable, CustomStringConvertible {
    /// 1-based, where the problem is; nil when it concerns the file as a whole.
    public let line: Int?
    /// The year whose section the problem is in.
    public let year: Int?
    public let reason: Reason

    public init(line: Int?, year: Int?, reason: Reason) {
        self.line = line
        self.year = year
        self.reason = reason
    }

    public enum Reason: Hashable, Sendable {
        /// Not YAML at all; the parser's words.
        case notYAML(String)
        /// The file lists no year.
        case noYears
        /// A year's heading is not four digits.
        case notAYear(String)
        /// The same key twice in one section (a year, or `holidays` in one year).
        case keyListedTwice(String)
        /// Something of the wrong shape: what was expected there.
        case expected(String)
        case unknownKey(String, allowed: [String])
        case missingKey(String)
        /// A holiday whose name is empty.
        case emptyName
        /// Not a date written YYYY-MM-DD, or no such day.
        case notADate(String)
        /// A date outside its section's year (December of the year before is allowed, for 元旦).
        case dateOutsideYear(CivilDate)
        case endsBeforeItStarts(first: CivilDate, last: CivilDate)
        /// Longer than any official holiday: most likely a mistyped month.
        case holidayTooLong(days: Int)
        /// A day listed twice: in two holidays, twice as a make-up day, or both.
        case dateListedTwice(CivilDate, firstLine: Int?)
        /// A make-up working day (调休上班) is always a Saturday or Sunday.
        case makeUpDayNotAWeekend(CivilDate)
        /// A year with no holidays: every year has official holidays.
        case noHolidays
    }

    public var description: String {
        var place: [String] = []
        if let line { place.append("line \(line)") }
        if let year { place.append("year \(year)") }
        return (place.isEmpty ? "" : place.joined(separator: ", ") + ": ") + reason.description
    }
}

extension WorkingDayDataError.Reason: CustomStringConvertible {
    public var description: String {
        switch self {
        case .notYAML(let problem):
            "not valid YAML: \(problem)"
        case .noYears:
            "the file lists no year; it needs at least one year with its holidays"
        case .notAYear(let text):
            "\"\(text)\" is not a year; each section starts with a year such as 2026:"
        case .keyListedTwice(let key):
            "\"\(key)\" is listed twice; write each year, and each part of a year, once"
        case .expected(let what):
            "expected \(what) here"
        case .unknownKey(let key, let allowed):
            "unknown entry \"\(key)\"; the entries here are " + allowed.map { "\"\($0)\"" }.joined(separator: ", ")
        case .missingKey(let key):
            "\"\(key)\" is missing"
        case .emptyName:
            "a holiday needs a name, such as 春节"
        case .notADate(let text):
            "\"\(text)\" is not a date; write dates as YYYY-MM-DD, such as 2026-10-01"
        case .dateOutsideYear(let date):
            "\(date) is not in this year"
        case .endsBeforeItStarts(let first, let last):
            "the holiday ends (\(last)) before it starts (\(first))"
        case .holidayTooLong(let days):
            "a holiday of \(days) days is longer than any official holiday; check the dates"
        case .dateListedTwice(let date, let firstLine):
            "\(date) is listed twice" + (firstLine.map { " (first on line \($0))" } ?? "")
        case .makeUpDayNotAWeekend(let date):
            "\(date) is a \(WorkingDayDataError.weekdayNames[date.weekday - 1]); a make-up working day (调休上班) is always a Saturday or Sunday"
        case .noHolidays:
            "this year lists no holidays"
        }
    }
}

extension WorkingDayDataError {
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
}
