import CSV
import Foundation

/// One record of a CSV file and the physical line it starts on (counting from 1), so that a
/// refusal points at what a person sees in an editor even when a quoted field spans lines.
public struct RegistryCSVRecord: Hashable, Sendable {
    public var line: Int
    public var values: [String]

    public init(line: Int, values: [String]) {
        self.line = line
        self.values = values
    }

    /// Whether any value holds a line break: no registry field can, so the record is refused.
    public var hasLineBreak: Bool {
        values.contains { $0.utf8.contains(0x0A) || $0.utf8.contains(0x0D) }
    }
}

/// The records of a CSV file (RFC 4180: quoted fields with commas, doubled quotes and line breaks
/// inside; CRLF or LF; UTF-8 with or without a byte-order mark), read as a stream: the file is
/// never held in memory whole, so a registry of millions of rows reads in constant space.
/// Blank lines are skipped.
public final class RegistryCSVRecords {
    private let reader: CSVReader
    /// The line the next record starts on.
    private var nextLine = 1
    /// Roughly how many bytes have been read, for a progress display.
    public private(set) var approximateBytesRead = 0

    /// Reads from `stream` (opened here when not yet open).
    public init(stream: InputStream) throws(RegistryCSVReadError) {
        do {
            reader = try CSVReader(stream: stream)
        } catch {
            throw .unreadable
        }
    }

    /// Reads the file at `path`.
    public convenience init(path: String) throws(RegistryCSVReadError) {
        guard FileManager.default.isReadableFile(atPath: path), let stream = InputStream(fileAtPath: path) else {
            throw .unreadable
        }
        try self.init(stream: stream)
    }

    /// The record read ahead by `isAtEnd`, or the error reading it gave.
    private var lookahead: Result<RegistryCSVRecord?, RegistryCSVReadError>?

    /// The next record, or nil at the end of the file. A file that stops being UTF-8 throws
    /// `notUTF8` with the line where the damaged record starts; that record is not returned.
    public func next() throws(RegistryCSVReadError) -> RegistryCSVRecord? {
        if let ahead = lookahead {
            lookahead = nil
            return try ahead.get()
        }
        return try read()
    }

    /// Whether every record has been returned; reads one ahead to know.
    public var isAtEnd: Bool {
        if lookahead == nil { lookahead = Result { () throws(RegistryCSVReadError) in try read() } }
        if case .success(nil) = lookahead { return true }
        return false
    }

    private func read() throws(RegistryCSVReadError) -> RegistryCSVRecord? {
        while let values = reader.next() {
            let line = nextLine
            nextLine += 1 + Self.lineBreaks(in: values)
            try checkReader(line: line)
            approximateBytesRead += values.reduce(values.count) { $0 + $1.utf8.count }
            if values.count == 1, values[0].isEmpty { continue }
            return RegistryCSVRecord(line: line, values: values)
        }
        try checkReader(line: nextLine)
        return nil
    }

    /// The reader ends a record early when its input fails. It also says `cannotReadFile` when a
    /// file stream reaches its end, which is no failure: the record before it is whole.
    private func checkReader(line: Int) throws(RegistryCSVReadError) {
        switch reader.error {
        case nil, CSVError.cannotReadFile?: return
        case CSVError.unicodeDecoding?: throw .notUTF8(line: line)
        default: throw .readFailed(line: line)
        }
    }

    /// Line breaks inside quoted values: LF, CRLF and a lone CR each end one physical line.
    static func lineBreaks(in values: [String]) -> Int {
        var count = 0
        for value in values {
            var afterCR = false
            for byte in value.utf8 {
                if byte == 0x0D { count += 1 } else if byte == 0x0A, !afterCR { count += 1 }
                afterCR = byte == 0x0D
            }
        }
        return count
    }
}

/// Why a registry file cannot be read on.
public enum RegistryCSVReadError: Error, Hashable, Sendable {
    /// The file does not exist, or may not be read.
    case unreadable
    /// Bytes that are not UTF-8, in the record starting on `line`.
    case notUTF8(line: Int)
    /// The file could not be read on (a device or network failure) in the record starting on `line`.
    case readFailed(line: Int)
}
