@testable import KioskUI
import Testing

@Suite("Catalog snapshots")
struct CatalogSnapshotTests {
    private static let digest = Array("digest of the YAML".utf8)
    private static let bytes = TestCatalog.shared.snapshot(sourceDigest: digest)

    @Test func aSnapshotGivesBackEveryTextOfEveryLanguage() throws {
        let catalog = try #require(Catalog(snapshot: Self.bytes, sourceDigest: Self.digest))
        for language in Language.allCases {
            #expect(catalog.allTexts(in: language) == TestCatalog.shared.allTexts(in: language))
        }
    }

    @Test func textsWithLinesBracesAndAnyScriptComeBackAsTheyWere() throws {
        let texts = ["a.b": "第一行\n第二行 {name}", "c": "", "d": "🇨🇳 é ‮ ·"]
        let catalog = Catalog(entries: [.chinese: texts, .english: ["a.b": "x"]])
        let back = try #require(Catalog(snapshot: catalog.snapshot(sourceDigest: [1, 2]), sourceDigest: [1, 2]))
        #expect(back.allTexts(in: .chinese) == texts)
        #expect(back.allTexts(in: .english) == ["a.b": "x"])
    }

    @Test func theSameTextsMakeTheSameBytes() {
        #expect(TestCatalog.shared.snapshot(sourceDigest: Self.digest) == Self.bytes)
    }

    @Test func aSnapshotOfOtherYAMLIsNotTaken() {
        #expect(Catalog(snapshot: Self.bytes, sourceDigest: Array("another digest".utf8)) == nil)
        #expect(Catalog(snapshot: Self.bytes, sourceDigest: []) == nil)
    }

    @Test(arguments: [0, 1, 16, 17, 40, 5_000, 50_000])
    func aSnapshotCutShortIsNotTaken(keeping count: Int) {
        #expect(Catalog(snapshot: Array(Self.bytes.prefix(count)), sourceDigest: Self.digest) == nil)
    }

    @Test func aSnapshotWithBytesAfterItsEndIsNotTaken() {
        #expect(Catalog(snapshot: Self.bytes + [0], sourceDigest: Self.digest) == nil)
    }

    @Test func aDamagedCountOrTextIsNotTaken() {
        let firstCount = Self.offsetOfFirstCount
        var hugeCount = Self.bytes
        for index in firstCount..<firstCount + 4 { hugeCount[index] = 0xFF }
        #expect(Catalog(snapshot: hugeCount, sourceDigest: Self.digest) == nil)

        var notUTF8 = Self.bytes
        notUTF8[firstCount + 8] = 0xFF  // the first byte of the first key
        #expect(Catalog(snapshot: notUTF8, sourceDigest: Self.digest) == nil)

        var otherLayout = Self.bytes
        otherLayout[Catalog.snapshotHeader.count - 2] = UInt8(ascii: "9")
        #expect(Catalog(snapshot: otherLayout, sourceDigest: Self.digest) == nil)
    }

    /// Header, digest length and digest, then the first language's code (length and bytes).
    private static var offsetOfFirstCount: Int {
        Catalog.snapshotHeader.count + 1 + digest.count + 4 + Language.allCases[0].rawValue.utf8.count
    }
}
