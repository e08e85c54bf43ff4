import Foundation
import KioskFrame
import Testing

/// Golden text files: a screen as text, kept beside the tests and reviewed in diffs like code.
/// They are rewritten only on purpose: `GONGJI_UPDATE_GOLDENS=1 swift test`.
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    static var isUpdating: Bool { ProcessInfo.processInfo.environment["GONGJI_UPDATE_GOLDENS"] == "1" }

    static func check(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent("\(name).txt")
        let actual = frame.text + "\n"
        if isUpdating {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.lastPathComponent); create it with GONGJI_UPDATE_GOLDENS=1 and review it\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from \(file.lastPathComponent)", sourceLocation: sourceLocation)
    }
}
