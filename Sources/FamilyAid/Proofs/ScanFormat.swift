/// The kinds of file a scanned proof may be: what document scanners write, and what a reviewer
/// can open anywhere.
public enum ScanFormat: String, Sendable, Codable, CaseIterable {
    case pdf
    case jpeg
    case png

    /// The extension the stored copy is given, so a reviewer's viewer opens it as what it is.
    public var fileExtension: String {
        switch self {
        case .pdf: "pdf"
        case .jpeg: "jpg"
        case .png: "png"
        }
    }

    /// The format whose signature the content starts with (its magic bytes); nil for anything
    /// else. The file's name is never trusted: a `.pdf` that is not a PDF is not one.
    public static func recognize(_ content: [UInt8]) -> ScanFormat? {
        allCases.first { content.starts(with: $0.signature) }
    }

    /// The bytes every file of the format begins with.
    var signature: [UInt8] {
        switch self {
        case .pdf: Array("%PDF-".utf8)
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        }
    }

    /// Whether the content ends as a finished file of the format does: a scanner that is still
    /// writing (or a copy cut short) leaves a file without its end marker.
    func isComplete(_ content: [UInt8]) -> Bool {
        switch self {
        case .pdf:
            // Readers look for the end-of-file marker in the last kilobyte.
            return content.suffix(1024).containsSubsequence(Array("%%EOF".utf8))
        case .jpeg:
            // The end-of-image marker, then at most some padding a scanner may add.
            let padding: Set<UInt8> = [0x00, 0x0A, 0x0D, 0x20]
            guard let last = content.lastIndex(where: { !padding.contains($0) }), last >= 1 else { return false }
            return content[last - 1] == 0xFF && content[last] == 0xD9
        case .png:
            // The IEND chunk's type and its fixed CRC close every PNG.
            return content.ends(with: [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
        }
    }
}

extension Collection where Element == UInt8 {
    fileprivate func containsSubsequence(_ needle: [UInt8]) -> Bool {
        let haystack = Array(self)
        guard needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
