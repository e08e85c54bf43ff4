import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Testing

/// The commitment letter as read from `screens/letters/`: one version for both languages, each
/// text hashed where it is read.
@Suite("Commitment letter files")
struct CommitmentLetterFileTests {
    @Test func theShippedLetterLoadsWithOneVersionAndEachTextsHash() throws {
        let letter = try ScreensDirectory(url: ScreensDirectory.sourceCheckout).loadCommitmentLetter()
        #expect(letter.version == "2026.1")
        for language in Language.allCases {
            let text = try #require(letter.texts[language])
            #expect(!text.hasPrefix("version"))
            #expect(!text.hasSuffix("\n"))
            #expect(letter.contentSHA256[language] == ContentHash.sha256Hex(Data(text.utf8)))
        }
        #expect(letter.texts[.chinese]?.contains("钱可以共济，卡不能共用") == true)
        #expect(letter.contentSHA256[.chinese] != letter.contentSHA256[.english])
    }

    @Test func aLetterWithoutItsVersionLineIsRefused() {
        #expect(throws: ScreensError.self) { try ScreensDirectory.splitLetter("本人承诺\n\n……", path: "x") }
        #expect(throws: ScreensError.self) { try ScreensDirectory.splitLetter("version: 1\n本人承诺", path: "x") }
        #expect(throws: ScreensError.self) { try ScreensDirectory.splitLetter("version: 1\n\n\n", path: "x") }
    }

    @Test func twoVersionsAreRefused() throws {
        let directory = try TemporaryDirectory()
        let screens = directory.url.appendingPathComponent("screens")
        let letters = screens.appendingPathComponent("letters")
        try FileManager.default.createDirectory(at: letters, withIntermediateDirectories: true)
        try "version: 1\n\n本人承诺。\n".write(to: letters.appendingPathComponent("commitment.zh-Hans.txt"), atomically: true, encoding: .utf8)
        try "version: 2\n\nI declare.\n".write(to: letters.appendingPathComponent("commitment.en.txt"), atomically: true, encoding: .utf8)
        _ = withExtendedLifetime(directory) {
            #expect {
                _ = try ScreensDirectory(url: screens).loadCommitmentLetter()
            } throws: { error in
                "\(error)".contains("both must be the same")
            }
        }
    }
}
