import Foundation

/// A day on the calendar, with no time and no time zone: a birth date, a coverage year's last
/// day, the day a relationship starts.
///
/// Arithmetic is done on a day count in the proleptic Gregorian calendar, so adding days, finding
/// the weekday and comparing dates never touch `Calendar` and never depend on the machine's time
/// zone. Only the two conversions to and from an instant (`init(_:in:)`, `startOfDay(in:)`) need a
/// time zone, and they take one, Asia/Shanghai unless told otherwise.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// The date, or nil when it does not exist (30 February, month 13, day 0).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CivilDate.daysIn(month: month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The calendar day on which `instant` falls in `timeZone`.
    public init(_ instant: Date, in timeZone: TimeZone = .shanghai) {
        let offset = timeZone.secondsFromGMT(for: instant)
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + offset
        self.init(daysSinceEpoch: Int((Double(seconds) / 86_400).rounded(.down)))
    }

    /// The date `daysSinceEpoch` days after 1970-01-01 (negative: before it).
    public init(daysSinceEpoch: Int) {
        // Howard Hinnant's civil_from_days: eras of 400 years, years starting in March.
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    /// Days from 1970-01-01 to this date.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func adding(days: Int) -> CivilDate {
        CivilDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Whole days from this date to `other`; negative when `other` is earlier.
    public func days(until other: CivilDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601, as Chinese calendars print the week).
    public var weekday: Int {
        // 1970-01-01 was a Thursday (4).
        let mondayBased = (daysSinceEpoch + 3) % 7
        return (mondayBased < 0 ? mondayBased + 7 : mondayBased) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    /// "2026-11-23".
    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// The first instant of this day in `timeZone`.
    public func startOfDay(in timeZone: TimeZone = .shanghai) -> Date {
        let utcMidnight = Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400)
        // The offset at local midnight can differ from the one at UTC midnight around a
        // daylight-saving change (Shanghai kept one from 1986 to 1991): correct once more.
        let guess = utcMidnight.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: utcMidnight)))
        return utcMidnight.addingTimeInterval(-TimeInterval(timeZone.secondsFromGMT(for: guess)))
    }

    /// The same day and month `years` later; 29 February becomes 28 February in a common year.
    /// The year stays within the range a `CivilDate` holds (1 to 9999).
    public func adding(years: Int) -> CivilDate {
        let targetYear = min(9999, max(1, year + years))
        return CivilDate(year: targetYear, month: month, day: min(day, CivilDate.daysIn(month: month, of: targetYear)))!
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    public static func daysIn(month: Int, of year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension CivilDate: LosslessStringConvertible {
    /// Reads "2026-11-23" (exactly that shape); nil for anything else or an impossible date.
    public init?(_ description: String) {
        let parts = description.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }
}

/// Stored and exchanged as the text "2026-11-23", which reads the same in a database, a policy
/// file and a log.
extension CivilDate: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension TimeZone {
    /// China Standard Time, in which the kiosk shows every instant and counts every day.
    public static let shanghai: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
}

extension Character {
    /// 0–9 of ASCII only; full-width and other scripts' digits are not.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) && isASCII }
}
