import Foundation
@testable import GongjiApp
import KioskFrame
import Testing

/// The working-day calendar in `screens/calendar/`: loaded at start, used by `<clock:+Nwd>`, and
/// a missing or wrong file stops the program with a clear message.
@Suite("Working-day calendar file")
struct WorkingDaysFileTests {
    /// A screens folder with the checkout's texts and, when given, this calendar file.
    func screens(calendar: String?) throws -> (TemporaryDirectory, ScreensDirectory) {
        let directory = try TemporaryDirectory()
        let screens = directory.url.appendingPathComponent("screens")
        try FileManager.default.createDirectory(at: screens.appendingPathComponent("calendar"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ScreensDirectory.sourceCheckout.appendingPathComponent("text"),
                                         to: screens.appendingPathComponent("text"))
        try FileManager.default.copyItem(at: ScreensDirectory.sourceCheckout.appendingPathComponent("letters"),
                                         to: screens.appendingPathComponent("letters"))
        if let calendar {
            try calendar.write(to: screens.appendingPathComponent(ScreensDirectory.workingDaysPath), atomically: true, encoding: .utf8)
        }
        return (directory, ScreensDirectory(url: screens))
    }

    func replay(_ text: String, start: Date = ReplayRunner.defaultStart, screens: ScreensDirectory = ScreensDirectory(url: ScreensDirectory.sourceCheckout)) throws -> ReplayRunner.Outcome {
        try ReplayRunner.run(
            scriptText: text, scriptName: "script", storePath: nil, size: Size(columns: 80, rows: 24), start: start,
            screensPath: screens.url.path, environment: [:], executablePath: "/nonexistent/gongji", everyFrame: false)
    }

    @Test func theShippedCalendarLoads() throws {
        let calendar = try ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadWorkingDayCalendar()
        #expect(calendar.yearsWithData == [2026])
    }

    /// Wednesday 30 September 2026, 09:00 in Shanghai: one working day later is Thursday 8 October,
    /// after 国庆节.
    @Test func aWorkingDayStepSkipsTheNationalDayHoliday() throws {
        let start = ReplayRunner.defaultStart.addingTimeInterval(-54 * 86_400)
        let outcome = try replay("1<clock:+1wd><expect:办理家庭共济>", start: start)
        #expect(outcome.succeeded, "\(outcome.problem ?? "")")
        #expect(outcome.result?.state.now == start.addingTimeInterval(8 * 86_400))
    }

    @Test func aMissingFileIsAClearError() throws {
        let (directory, screens) = try screens(calendar: nil)
        _ = withExtendedLifetime(directory) {
            #expect {
                _ = try replay("1", screens: screens)
            } throws: { error in
                "\(error)" == "cannot read the working-day calendar \(screens.workingDaysFile.path): there is no such file"
            }
        }
    }

    @Test func aWrongFileNamesTheLineAndTheReason() throws {
        let (directory, screens) = try screens(calendar: """
            2026:
              holidays:
                - name: 国庆节
                  from: 2026-10-01
                  to: 2026-10-07
              make-up working days:
                - 2026-10-09
            """)
        _ = withExtendedLifetime(directory) {
            #expect {
                _ = try replay("1", screens: screens)
            } throws: { error in
                "\(error)" == "the working-day calendar \(screens.workingDaysFile.path) is not valid, line 7, year 2026: "
                    + "2026-10-09 is a Friday; a make-up working day (调休上班) is always a Saturday or Sunday"
            }
        }
    }

    @Test func aGoodFileOfItsOwnIsUsed() throws {
        let (directory, screens) = try screens(calendar: """
            2026:
              holidays:
                - name: 假日
                  from: 2026-11-24
                  to: 2026-11-27
            """)
        try withExtendedLifetime(directory) {
            let outcome = try replay("1<clock:+1wd><expect:办理家庭共济>", screens: screens)
            #expect(outcome.succeeded, "\(outcome.problem ?? "")")
            #expect(outcome.result?.state.now == ReplayRunner.defaultStart.addingTimeInterval(7 * 86_400), "Monday to the next Monday")
        }
    }
}
