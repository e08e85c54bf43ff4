import Foundation
@testable import FamilyAid

/// The working-day file the kiosk ships, `screens/calendar/working-days.yaml`, read from the
/// checkout these tests were built from.
enum ShippedWorkingDays {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("screens/calendar/working-days.yaml")

    static func text() throws -> String {
        try String(contentsOf: url, encoding: .utf8)
    }

    static func calendar() throws -> WorkingDayCalendar {
        try WorkingDayCalendar(yaml: text())
    }
}
