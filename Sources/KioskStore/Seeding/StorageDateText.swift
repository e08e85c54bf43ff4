import FamilyAid
import Foundation

/// A date as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS" in UTC), made by arithmetic rather than
/// by GRDB's DateFormatter, which was a tenth of seeding's writer. A test holds it to GRDB's own
/// text for dates across the years.
enum StorageDateText {
    static func string(from date: Date) -> String {
        // To the nearest millisecond, a half rounded up (towards the future, as DateFormatter
        // does for GRDB), not away from zero: the two differ for a half before 1970.
        let milliseconds = Int64((date.timeIntervalSince1970 * 1_000 + 0.5).rounded(.down))
        let (days, millisecondOfDay) = milliseconds.quotientAndRemainderFlooring(dividingBy: 86_400_000)
        let day = CivilDate(daysSinceEpoch: Int(days))
        let second = millisecondOfDay / 1_000
        var text = ""
        text.reserveCapacity(23)
        append(Int64(day.year), digits: 4, to: &text)
        text.append("-")
        append(Int64(day.month), digits: 2, to: &text)
        text.append("-")
        append(Int64(day.day), digits: 2, to: &text)
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
