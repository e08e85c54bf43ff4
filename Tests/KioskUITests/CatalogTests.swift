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
