import FamilyAid
import Foundation
import KioskStore

/// The store's document folder: each scanned proof kept once, named by its SHA-256 and its
/// format's extension (`documents/<sha256>.pdf`), so a proof's recorded hash finds its file and
/// shows it unchanged. Readable by the service's user and group only.
public struct DocumentFolder: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Keeps `content` (already checked to be of `format`) and returns its SHA-256. The same
    /// content kept twice is one file. Written under a temporary name and renamed, so the folder
    /// never holds half a document.
    public func keep(_ content: [UInt8], format: ScanFormat) throws -> String {
        let data = Data(content)
        let sha256 = ContentHash.sha256Hex(data)
        let target = url(of: sha256, format: format)
        if FileManager.default.fileExists(atPath: target.path) { return sha256 }
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o750])
        let temporary = directory.appendingPathComponent(".\(sha256).\(UUID().uuidString).part")
        guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o640]) else {
            throw CocoaError(.fileWriteUnknown)
        }
        do {
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch where FileManager.default.fileExists(atPath: target.path) {
            // Another session kept the same document meanwhile.
            try? FileManager.default.removeItem(at: temporary)
        }
        return sha256
    }

    /// Whether the scan with this SHA-256 is kept, in whichever format.
    public func contains(_ sha256: String) -> Bool {
        file(of: sha256) != nil
    }

    /// The kept file of the scan with this SHA-256 and its format, or nil when it is not kept.
    public func file(of sha256: String) -> (URL, ScanFormat)? {
        ScanFormat.allCases.lazy.map { (url(of: sha256, format: $0), $0) }
            .first { FileManager.default.fileExists(atPath: $0.0.path) }
    }

    /// Deletes the scan with this SHA-256, in whichever format it was kept.
    public func remove(_ sha256: String) throws {
        for format in ScanFormat.allCases where FileManager.default.fileExists(atPath: url(of: sha256, format: format).path) {
            try FileManager.default.removeItem(at: url(of: sha256, format: format))
        }
    }

    public func url(of sha256: String, format: ScanFormat) -> URL {
        directory.appendingPathComponent("\(sha256).\(format.fileExtension)")
    }
}
