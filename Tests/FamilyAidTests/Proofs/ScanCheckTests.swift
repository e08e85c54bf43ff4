import FamilyAid
import Testing

/// A scan is judged by its content alone: its kind by the magic bytes, its completeness by the
/// format's end marker, its size against the 10 MB limit.
@Suite("Scanned proofs: the content check")
struct ScanCheckTests {
    static let pdf = Array("%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0xFF, 0xD9]
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x00]
        + [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    struct Case: CustomStringConvertible, Sendable {
        let description: String
        let content: [UInt8]
        var size: Int?
        let expected: Result<ScanFormat, ScanRefusal>
    }

    static let cases: [Case] = [
        Case(description: "a whole PDF", content: pdf, expected: .success(.pdf)),
        Case(description: "a PDF whose end marker has trailing spaces after it", content: pdf + Array("  \n".utf8), expected: .success(.pdf)),
        Case(description: "a PDF cut short before %%EOF", content: Array(pdf.prefix(30)), expected: .failure(.incomplete(.pdf))),
        Case(description: "a PDF with %%EOF only far from its end", content: pdf + [UInt8](repeating: 0x20, count: 2000),
             expected: .failure(.incomplete(.pdf))),
        Case(description: "a whole JPEG", content: jpeg, expected: .success(.jpeg)),
        Case(description: "a JPEG padded after its end marker", content: jpeg + [0x00, 0x00, 0x0A], expected: .success(.jpeg)),
        Case(description: "a JPEG without its end marker", content: Array(jpeg.dropLast(2)), expected: .failure(.incomplete(.jpeg))),
        Case(description: "a whole PNG", content: png, expected: .success(.png)),
        Case(description: "a PNG without IEND", content: Array(png.dropLast(8)), expected: .failure(.incomplete(.png))),
        Case(description: "an empty file", content: [], expected: .failure(.empty)),
        Case(description: "a GIF", content: Array("GIF89a".utf8) + [0x00, 0x3B], expected: .failure(.notADocument)),
        Case(description: "plain text", content: Array("这是一份材料".utf8), expected: .failure(.notADocument)),
        Case(description: "an HTML page", content: Array("<html><body>%PDF-</body></html>".utf8), expected: .failure(.notADocument)),
        Case(description: "a ZIP (an office document)", content: [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], expected: .failure(.notADocument)),
        Case(description: "only the PDF signature", content: Array("%PDF-".utf8), expected: .failure(.incomplete(.pdf))),
        Case(description: "a whole PDF of which less was read than the file holds", content: pdf, size: pdf.count + 1,
             expected: .failure(.incomplete(.pdf))),
        Case(description: "a file over 10 MB, refused by its size before its content", content: [], size: ScanCheck.maximumBytes + 1,
             expected: .failure(.tooLarge(bytes: ScanCheck.maximumBytes + 1, limit: ScanCheck.maximumBytes))),
    ]

    @Test("Each file", arguments: cases)
    func check(_ test: Case) {
        let result = Result(catching: { () throws(ScanRefusal) in try ScanCheck.check(test.content, size: test.size ?? test.content.count) })
        #expect(result == test.expected)
    }

    @Test func aFileOfExactlyTheLimitIsTaken() throws {
        let padding = [UInt8](repeating: 0x20, count: ScanCheck.maximumBytes - Self.pdf.count)
        let content = Array(Self.pdf.dropLast(6)) + padding + Array("%%EOF\n".utf8)
        #expect(content.count == ScanCheck.maximumBytes)
        #expect(try ScanCheck.check(content, size: content.count) == .pdf)
    }

    @Test func eachFormatIsKeptWithItsOwnExtension() {
        #expect(ScanFormat.allCases.map(\.fileExtension) == ["pdf", "jpg", "png"])
    }
}
