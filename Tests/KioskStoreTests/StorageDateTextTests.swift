import Foundation
import GRDB
@testable import KioskStore
import Testing

/// Seeding writes dates as text it makes itself; they must be GRDB's text to the character, or
/// seeded rows would read back differently from rows the kiosk wrote.
@Suite struct StorageDateTextTests {
    @Test("GRDB's text for a table of dates", arguments: [
        (0.0, "1970-01-01 00:00:00.000"),
        (-1.0, "1969-12-31 23:59:59.000"),
        (951_782_400.0, "2000-02-29 00:00:00.000"),
        (1_795_910_399.999, "2026-11-28 23:59:59.999"),
        (1_795_910_399.9996, "2026-11-29 00:00:00.000"),
        (4_107_542_400.0, "2100-03-01 00:00:00.000"),
        // Half a millisecond before 1970 goes up, towards the future, as GRDB's formatter has it.
        (-449_315_252.845_499_9, "1955-10-06 14:12:27.155"),
        (-0.0005, "1970-01-01 00:00:00.000"),
    ])
    func table(seconds: Double, text: String) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(StorageDateText.string(from: date) == text)
        #expect(StorageDateText.string(from: date) == String.fromDatabaseValue(date.databaseValue))
    }

    @Test func tenThousandDatesFrom1950To2100AreGRDBsText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<10_000 {
            let seconds = Double.random(in: -631_152_000...4_102_444_800, using: &generator)
            let date = Date(timeIntervalSince1970: seconds)
            let expected = String.fromDatabaseValue(date.databaseValue)
            #expect(StorageDateText.string(from: date) == expected, "\(seconds)")
            if StorageDateText.string(from: date) != expected { break }
        }
    }
}
