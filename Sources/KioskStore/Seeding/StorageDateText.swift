import Foundation

/// A date as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS" in UTC), made by arithmetic rather than
/// by GRDB's DateFormatter, which was a tenth of seeding's writer. A test holds it to GRDB's own
/// text for dates across the years.
enum StorageDateText {
    static func string(from date: Date) -> String {
        // To the nearest millisecond, as ICU formats `SSS`.
        let milliseconds = Int64((date.timeIntervalSince1970 * 1_000).rounded())
        let (days, millisecondOfDay) = milliseconds.quotientAndRemainderFlooring(dividingBy: 86_400_000)
        let (year, month, day) = civil(fromDaysSinceEpoch: days)
        let second = millisecondOfDay / 1_000
        var text = ""
        text.reserveCapacity(23)
        append(year, digits: 4, to: &text)
        text.append("-")
        append(month, digits: 2, to: &text)
        text.append("-")
        append(day, digits: 2, to: &text)
        text.append(" ")
        append(second / 3_600, digits: 2, to: &text)
        text.append(":")
        append(second / 60 % 60, digits: 2, to: &text)
        text.append(":")
        append(second % 60, digits: 2, to: &text)
        text.append(".")
        append(millisecondOfDay % 1_000, digits: 3, to: &text)
        return text
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (H. Hinnant's `civil_from_days`).
    static func civil(fromDaysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func append(_ value: Int64, digits: Int, to text: inout String) {
        let decimal = String(value)
        if decimal.count < digits { text.append(String(repeating: "0", count: digits - decimal.count)) }
        text.append(decimal)
    }
}

private extension Int64 {
    func quotientAndRemainderFlooring(dividingBy divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }
}
