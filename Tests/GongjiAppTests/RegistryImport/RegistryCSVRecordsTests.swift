import Foundation
import GongjiApp
import Testing

/// Reading a CSV file as a stream of records, each with the physical line it starts on.
@Suite("Registry CSV: records and lines")
struct RegistryCSVRecordsTests {
    private func records(_ text: String) throws -> [RegistryCSVRecord] {
        try records(Data(text.utf8))
    }

    private func records(_ data: Data) throws -> [RegistryCSVRecord] {
        let reader = try RegistryCSVRecords(stream: InputStream(data: data))
        var all: [RegistryCSVRecord] = []
        while let record = try reader.next() { all.append(record) }
        return all
    }

    @Test("LF, CRLF, a final line without its break, blank lines skipped but counted")
    func lineEnds() throws {
        #expect(try records("a,b\nc,d\r\n\r\ne,f\n\ng,h") == [
            RegistryCSVRecord(line: 1, values: ["a", "b"]),
            RegistryCSVRecord(line: 2, values: ["c", "d"]),
            RegistryCSVRecord(line: 4, values: ["e", "f"]),
            RegistryCSVRecord(line: 6, values: ["g", "h"]),
        ])
    }

    @Test("RFC 4180 quoting: commas, doubled quotes, a middle dot, and line breaks that move the next record's line")
    func quoting() throws {
        let text = "name,x\r\n\"阿依古丽·买买提\",\"a, b\"\r\n\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n\"three\nmore\nlines\",z\r\nlast,1\r\n"
        #expect(try records(text) == [
            RegistryCSVRecord(line: 1, values: ["name", "x"]),
            RegistryCSVRecord(line: 2, values: ["阿依古丽·买买提", "a, b"]),
            RegistryCSVRecord(line: 3, values: ["say \"hi\"", "two\r\nlines"]),
            RegistryCSVRecord(line: 5, values: ["three\nmore\nlines", "z"]),
            RegistryCSVRecord(line: 8, values: ["last", "1"]),
        ])
    }

    @Test("a UTF-8 byte-order mark is not part of the first column's name")
    func byteOrderMark() throws {
        let read = try records(Data([0xEF, 0xBB, 0xBF]) + Data("id_number,name\n1,王\n".utf8))
        #expect(read.first?.values == ["id_number", "name"])
        #expect(read.last == RegistryCSVRecord(line: 2, values: ["1", "王"]))
    }

    @Test("bytes that are not UTF-8 stop the reading at the record's line, which is not returned")
    func notUTF8() throws {
        let reader = try RegistryCSVRecords(stream: InputStream(data: Data("a,b\nc,d\n".utf8) + Data([0x65, 0x2C, 0xFF, 0xFE, 0x0A]) + Data("g,h\n".utf8)))
        #expect(try reader.next()?.line == 1)
        #expect(try reader.next()?.line == 2)
        #expect(throws: RegistryCSVReadError.notUTF8(line: 3)) { try reader.next() }
    }

    @Test("a missing file cannot be read")
    func missingFile() {
        #expect(throws: RegistryCSVReadError.unreadable) { try RegistryCSVRecords(path: "/nonexistent/registry.csv") }
    }

    @Test("reading ahead for the end returns the same records")
    func lookahead() throws {
        let reader = try RegistryCSVRecords(stream: InputStream(data: Data("a\nb\n".utf8)))
        #expect(!reader.isAtEnd)
        #expect(try reader.next()?.values == ["a"])
        #expect(!reader.isAtEnd)
        #expect(try reader.next()?.values == ["b"])
        #expect(reader.isAtEnd)
        #expect(try reader.next() == nil)
    }
}
