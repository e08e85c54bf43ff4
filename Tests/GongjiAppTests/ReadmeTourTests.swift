import Foundation
import Testing

/// The README's tour of the screens is copied from the golden files by `scripts/readme-tour`; a
/// golden that changed without the tour being copied again fails here, naming the script to run.
@Suite("README tour")
struct ReadmeTourTests {
    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func theTourIsTheGoldenScreensOfToday() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.checkout.appendingPathComponent("scripts/readme-tour").path, "--check"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(message)")
    }
}
