import Foundation
import KioskUI

/// The real texts from the checkout's screens/, loaded once for all UI tests.
enum TestCatalog {
    static let screensDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("screens")

    static let sources: [Language: String] = {
        var sources: [Language: String] = [:]
        for language in Language.allCases {
            let url = screensDirectory.appendingPathComponent("text/\(language.rawValue).yaml")
            sources[language] = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        }
        return sources
    }()

    static let shared: Catalog = {
        do {
            return try Catalog(sources: sources)
        } catch {
            fatalError("screens/ cannot be read by the tests: \(error)")
        }
    }()
}
