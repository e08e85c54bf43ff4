import Foundation
import KioskFrame
@testable import KioskUI
import Testing

@Suite("Catalog")
struct CatalogTests {
    @Test func bothLanguagesHaveExactlyTheSameKeys() {
        let chinese = TestCatalog.shared.keys(in: .chinese)
        let english = TestCatalog.shared.keys(in: .english)
        #expect(chinese.subtracting(english).sorted() == [], "missing in en.yaml")
        #expect(english.subtracting(chinese).sorted() == [], "missing in zh-Hans.yaml")
        #expect(chinese.count > 50)
    }

    @Test func everyTextHasTheSamePlaceholdersInBothLanguages() {
        let chinese = TestCatalog.shared.allTexts(in: .chinese)
        let english = TestCatalog.shared.allTexts(in: .english)
        for (key, text) in chinese {
            #expect(placeholders(in: text) == placeholders(in: english[key] ?? ""), "placeholders differ for \(key)")
        }
    }

    @Test func noTextIsEmptyOrUsesAmbiguousSymbols() {
        for language in Language.allCases {
            for (key, text) in TestCatalog.shared.allTexts(in: language) {
                #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(language) \(key) is empty")
                #expect(!text.contains(where: { "※①②③☆★●○■□◆◇".contains($0) }), "\(language) \(key) uses an ambiguous-width symbol")
            }
        }
    }

    @Test func aMissingKeyShowsVisiblyInsteadOfBlank() {
        #expect(TestCatalog.shared.text("no.such.key", in: .chinese) == "⟦no.such.key⟧")
    }

    @Test func placeholdersAreFilled() {
        let text = TestCatalog.shared.text("app.step", in: .english, ["current": "2", "total": "3"])
        #expect(text == "Step 2 of 3")
    }

    @Test func aVoiceSaysItsOwnTextsAndTheRestAsEverywhere() throws {
        let catalog = try Catalog(sources: [
            .chinese: "verdict:\n  info_mismatch: 请到人工窗口核对\n  other: 别的\nat_counter:\n  verdict:\n    info_mismatch: 请核对证件原件",
            .english: "verdict:\n  info_mismatch: at a counter\n  other: other\nat_counter:\n  verdict:\n    info_mismatch: the original",
        ])
        let counter = Localizer(catalog, .chinese, voice: Localizer.atCounter)
        #expect(counter["verdict.info_mismatch"] == "请核对证件原件")
        #expect(counter["verdict.other"] == "别的")
        #expect(Localizer(catalog, .chinese)["verdict.info_mismatch"] == "请到人工窗口核对")
        #expect(Localizer(catalog, .english, voice: Localizer.atCounter)("verdict.info_mismatch") == "the original")
    }

    /// A voice's key that repeats no other key is a typo that would never be read.
    @Test func everyTextOfTheCountersVoiceReplacesOneOfTheKiosks() {
        let keys = TestCatalog.shared.keys(in: .chinese)
        let voiced = keys.filter { $0.hasPrefix(Localizer.atCounter + ".") }
        #expect(voiced.count >= 20)
        for key in voiced {
            #expect(keys.contains(String(key.dropFirst(Localizer.atCounter.count + 1))), "\(key) replaces nothing")
        }
        for (key, text) in TestCatalog.shared.allTexts(in: .chinese) where voiced.contains(key) {
            #expect(!text.contains("人工窗口"), "\(key) sends the resident to the counter they stand at")
        }
    }

    @Test func aMissingLanguageIsRefused() {
        #expect(throws: CatalogError.missingLanguage(.english)) {
            try Catalog(sources: [.chinese: "a: b"])
        }
    }

    @Test("Malformed text files are refused with a reason", arguments: [
        "just a line of text",
        "a: [1, 2]",
        "a: b\n  c: : d\n\t- x",
    ])
    func malformedFilesAreRefused(source: String) {
        #expect(throws: CatalogError.self) {
            try Catalog(sources: [.chinese: source, .english: "a: b"])
        }
    }

    @Test func widthMatchesLibcForEveryTextOnScreen() throws {
        let measure = try LibcWidth()
        for language in Language.allCases {
            for (key, text) in TestCatalog.shared.allTexts(in: language) {
                for line in text.split(separator: "\n") {
                    let expected = measure.width(of: String(line))
                    #expect(expected == line.displayWidth, "\(language) \(key): “\(line)”")
                }
            }
        }
    }

    private func placeholders(in text: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.insert(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found
    }
}
