import Foundation
@testable import GongjiApp
import KioskFrame
import KioskUI
import Logging
import Testing

/// The log of whole kiosk journeys, written by the kiosk's own file logger, holds no ID number,
/// no name, no PIN and no password.
@Suite("Privacy in the log")
struct LogPrivacyTests {
    static let journeys = [
        "submit-application.keys", "three-wrong-pins.keys", "walk-away.keys", "add-members-refused.keys",
        "add-member-back-and-forth.keys",
    ]

    @Test func aFullRunLeavesNothingPersonalInTheLog() throws {
        let directory = try TemporaryDirectory()
        let sink = LogSink(url: directory.url.appendingPathComponent("gongji.log"))
        let logger = Logger(label: "gongji.kiosk") { label in FileLogHandler(label: label, sink: sink) }
        // Each journey on a store of its own (three wrong PINs lock the sharer), all in one log.
        for name in Self.journeys {
            let text = try String(contentsOf: ReplayTests.scripts.appendingPathComponent(name), encoding: .utf8)
            let outcome = try ReplayRunner.run(
                scriptText: text, scriptName: name, storePath: directory.path("\(name).sqlite"), size: Size(columns: 80, rows: 24),
                start: ReplayRunner.defaultStart, screensPath: ScreensDirectory.sourceCheckout.path, environment: [:],
                executablePath: "/nonexistent/gongji", everyFrame: false, logger: logger)
            #expect(outcome.succeeded, "\(name): \(outcome.problem ?? "")")
        }
        let log = try String(contentsOf: directory.url.appendingPathComponent("gongji.log"), encoding: .utf8)
        // A log with nothing in it would pass any scan: the submission must be there.
        #expect(log.contains("application submitted"), "\(log)")
        #expect(log.firstMatch(of: /[0-9]{17}[0-9Xx]/) == nil, "an ID number in the log:\n\(log)")
        #expect(log.firstMatch(of: /[0-9]{6}\*{8}/) == nil, "even a masked ID number:\n\(log)")
        for name in DemoPersonas.all.map(\.name) {
            #expect(!log.contains(name), "\(name) in the log")
        }
        for secret in [DemoPersonas.pin, "654321", DemoOperators.supervisor.password, DemoOperators.reviewer.password] {
            #expect(!log.contains(secret), "a PIN or password in the log")
        }
    }
}
