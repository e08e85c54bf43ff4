import FamilyAid
import Foundation
import KioskStore

/// `gongji export`: this installation's events since the last export, the applications they
/// touched and the scanned documents those refer to, as one zip archive with a manifest, signed
/// whole by the installation's key (`BundleEnvelope`). The export is recorded only once the file
/// is complete under its name, so a failed export is simply made again.
public enum BundleExport {
    public struct Summary: Equatable {
        public var path: String
        public var events: ClosedRange<Int64>
        public var applications: Int
        public var documents: Int
        /// Documents a proof refers to that are not in the document folder: listed in the
        /// manifest, so the receiver knows, and not sent.
        public var missingDocuments: Int
        public var sha256: String
    }

    public static func write(
        from database: KioskDatabase, documents: DocumentFolder, to path: String, by exporter: OperatorID, now: Date
    ) throws -> Summary {
        guard !FileManager.default.fileExists(atPath: path) else { throw BundleRefusal.exists(path) }
        guard let batch = try database.pendingExport(), let range = batch.range, let first = batch.events.first,
              let last = batch.events.last else { throw BundleRefusal.nothingToExport }

        let batchData = try BundleCoding.encoder.encode(batch)
        var files: [(entry: BundleManifest.Entry, data: Data)] = [
            (BundleManifest.Entry(path: BundleManifest.batchFileName, content: batchData), batchData),
        ]
        var missing: [String] = []
        for hash in batch.documentHashes {
            guard let (url, format) = documents.file(of: hash), let data = FileManager.default.contents(atPath: url.path) else {
                missing.append(hash)
                continue
            }
            files.append((BundleManifest.Entry(path: BundleEntryPath.document(hash, format: format), content: data), data))
        }
        let manifest = BundleManifest(
            origin: batch.origin, publicKey: try database.publicSigningKey(now: now).lowercaseHex,
            isDemo: batch.isDemo, createdAt: now, fromSequence: range.lowerBound, toSequence: range.upperBound,
            previousHash: first.prevHash, chainHead: last.hash, eventHashes: batch.events.map(\.hash),
            entries: files.map(\.entry), missingDocuments: missing)
        let sealed = try SignedArchive.seal(
            [(BundleManifest.fileName, try manifest.encoded)] + files.map { ($0.entry.path, $0.data) }, signedBy: database, now: now)
        try SignedArchive.write(sealed, to: path)
        let sha256 = ContentHash.sha256Hex(sealed)
        try database.recordExport(batch, bundleSHA256: sha256, by: exporter, now: now)
        return Summary(
            path: path, events: range, applications: batch.applicationCount, documents: files.count - 1,
            missingDocuments: missing.count, sha256: sha256)
    }
}

/// How the batch travels as JSON: sorted keys, so one batch is always the same bytes.
enum BundleCoding {
    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

/// The names inside a bundle: fixed ones, and each document under its hash and format.
enum BundleEntryPath {
    static func document(_ sha256: String, format: ScanFormat) -> String {
        "documents/\(sha256).\(format.fileExtension)"
    }

    /// The document an entry name stands for, or nil when it is not a well-formed document name.
    static func parseDocument(_ path: String) -> (sha256: String, format: ScanFormat)? {
        guard path.hasPrefix("documents/") else { return nil }
        let name = path.dropFirst("documents/".count)
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy({ "0123456789abcdef".contains($0) }),
              let format = ScanFormat.allCases.first(where: { $0.fileExtension == parts[1] }) else { return nil }
        return (String(parts[0]), format)
    }
}
