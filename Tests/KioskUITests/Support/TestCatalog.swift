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

/// The shipped commitment letter's texts, read as the kiosk shows them (after the version line
/// and the blank line). The hash is a stand-in: the real one is computed where the runtime reads
/// the files, and tested there.
enum TestLetter {
    static let shared: CommitmentLetter = {
        var texts: [Language: String] = [:]
        var version = ""
        for language in Language.allCases {
            let url = TestCatalog.screensDirectory.appendingPathComponent("letters/commitment.\(language.rawValue).txt")
            let source = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            version = lines.first.map { String($0.dropFirst("version: ".count)) } ?? ""
            var body = lines.dropFirst(2).joined(separator: "\n")
            while body.hasSuffix("\n") { body.removeLast() }
            texts[language] = body
        }
        return CommitmentLetter(
            version: version, texts: texts,
            contentSHA256: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, "hash-of-\($0.rawValue)") }))
    }()
}
