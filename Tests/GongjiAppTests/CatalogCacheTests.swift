import Foundation
@testable import GongjiApp
@testable import KioskUI
import Testing

/// The kiosk's texts read back from the snapshot its last start left, and parsed afresh whenever
/// the YAML changed or the snapshot cannot be used.
@Suite("Catalog snapshot on disk")
struct CatalogCacheTests {
    /// A screens folder with a copy of the shipped texts, and an empty cache folder.
    private struct Folders {
        let directory: TemporaryDirectory
        var screens: URL { directory.url.appendingPathComponent("screens") }
        var cache: URL { directory.url.appendingPathComponent("data") }
        var snapshot: URL { cache.appendingPathComponent("catalog.snapshot") }

        init() throws {
            directory = try TemporaryDirectory()
            let text = directory.url.appendingPathComponent("screens/text")
            try FileManager.default.createDirectory(at: text, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(at: directory.url.appendingPathComponent("data"), withIntermediateDirectories: true)
            for language in Language.allCases {
                let name = "text/\(language.rawValue).yaml"
                try FileManager.default.copyItem(
                    at: ScreensDirectory.sourceCheckout.appendingPathComponent(name), to: screens.appendingPathComponent(name))
            }
        }

        func load() throws -> Catalog { try ScreensDirectory(url: screens).loadCatalog(cache: cache) }

        func sources() throws -> [Language: String] {
            try Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
                (language, try String(contentsOf: screens.appendingPathComponent("text/\(language.rawValue).yaml"), encoding: .utf8))
            })
        }
    }

    @Test func theFirstLoadParsesAndLeavesASnapshotOfTheSameTexts() throws {
        let folders = try Folders()
        let parsed = try folders.load()
        let bytes = try Data(contentsOf: folders.snapshot)
        let back = try #require(Catalog(snapshot: Array(bytes), sourceDigest: ScreensDirectory.digest(of: folders.sources())))
        for language in Language.allCases {
            #expect(back.allTexts(in: language) == parsed.allTexts(in: language))
            #expect(parsed.allTexts(in: language) == (try ScreensDirectory(url: folders.screens).loadCatalog()).allTexts(in: language))
        }
    }

    @Test func aLaterLoadOfTheSameYAMLReadsTheSnapshot() throws {
        let folders = try Folders()
        // A snapshot for this very YAML whose one text differs shows which of the two was read.
        var texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, try! folders.load().allTexts(in: $0)) })
        texts[.chinese]?["welcome.heading"] = "从快照读出"
        let planted = Catalog(entries: texts).snapshot(sourceDigest: ScreensDirectory.digest(of: try folders.sources()))
        try Data(planted).write(to: folders.snapshot)
        #expect(try folders.load().text("welcome.heading", in: .chinese) == "从快照读出")
    }

    @Test func anEditedTextIsParsedAfreshAndTheSnapshotRenewed() throws {
        let folders = try Folders()
        _ = try folders.load()
        let file = folders.screens.appendingPathComponent("text/zh-Hans.yaml")
        let edited = try String(contentsOf: file, encoding: .utf8) + "\nedited:\n  by: 服务大厅\n"
        try edited.write(to: file, atomically: true, encoding: .utf8)
        #expect(try folders.load().text("edited.by", in: .chinese) == "服务大厅")
        let renewed = try Data(contentsOf: folders.snapshot)
        let back = try #require(Catalog(snapshot: Array(renewed), sourceDigest: ScreensDirectory.digest(of: folders.sources())))
        #expect(back.text("edited.by", in: .chinese) == "服务大厅")
    }

    @Test func aDamagedSnapshotOrOneThatCannotBeWrittenCostsOnlyTheParse() throws {
        let folders = try Folders()
        try Data("gongji catalog 1\nrubbish".utf8).write(to: folders.snapshot)
        #expect(try folders.load().text("welcome.heading", in: .chinese) == TestTexts.welcomeTitle)

        let nowhere = try Folders()
        let missing = nowhere.cache.appendingPathComponent("no/such/folder")
        let catalog = try ScreensDirectory(url: nowhere.screens).loadCatalog(cache: missing)
        #expect(catalog.text("welcome.heading", in: .chinese) == TestTexts.welcomeTitle)
        #expect(!FileManager.default.fileExists(atPath: missing.path))
    }

    @Test func aBrokenTextIsRefusedEvenWithASnapshotOfTheOldOne() throws {
        let folders = try Folders()
        _ = try folders.load()
        try "welcome: [unclosed".write(to: folders.screens.appendingPathComponent("text/en.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: ScreensError.self) { _ = try folders.load() }
    }

    private enum TestTexts {
        static let welcomeTitle = (try? ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadCatalog())?
            .text("welcome.heading", in: .chinese) ?? "?"
    }
}
