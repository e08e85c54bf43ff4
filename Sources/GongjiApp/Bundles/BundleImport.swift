import FamilyAid
import Foundation
import KioskStore

/// `gongji import`: another installation's bundle, checked whole before anything is applied (the
/// signature by the key registered for its origin, every file against the signed manifest, the
/// events against the manifest), then applied in one transaction of the store.
public enum BundleImport {
    /// A bundle whose every byte was checked, ready to apply.
    public struct Verified {
        let manifest: BundleManifest
        public let batch: ExchangeBatch
        let documents: [(sha256: String, format: ScanFormat, content: [UInt8])]
        public let sha256: String

        public var origin: String { manifest.origin }
        public var missingDocuments: Int { manifest.missingDocuments.count }
    }

    /// The largest batch a bundle may carry (a counter's month is far smaller).
    static let maximumBatchBytes: Int64 = 1 << 30

    /// Reads and checks the bundle at `path` against the keys `database` trusts; `progress`
    /// hears the bytes checked so far and the total.
    public static func verify(
        _ path: String, trustedBy database: KioskDatabase, progress: (Int64, Int64) -> Void = { _, _ in }
    ) throws -> Verified {
        let opened = try SignedArchive.open(path)
        let manifestData = try SignedArchive.read(BundleManifest.fileName, from: opened.archive, limit: Int64(BundleManifest.maximumBytes))
        let manifest: BundleManifest
        do { manifest = try BundleManifest.decoded(from: manifestData) } catch { throw BundleRefusal.notABundle("its manifest does not parse") }
        guard manifest.format == BundleManifest.format else { throw BundleRefusal.unknownFormat(manifest.format) }
        try SignedArchive.checkSignature(of: opened, origin: manifest.origin, publicKey: manifest.publicKey, trustedBy: database)
        try SignedArchive.checkNothingElse(in: opened.archive, expected: [BundleManifest.fileName] + manifest.entries.map(\.path))

        let total = manifest.entries.reduce(0) { $0 + $1.bytes }
        var done: Int64 = 0
        var batchData: Data?
        var documents: [(sha256: String, format: ScanFormat, content: [UInt8])] = []
        for entry in manifest.entries {
            let limit = entry.path == BundleManifest.batchFileName ? maximumBatchBytes : Int64(ScanCheck.maximumBytes)
            guard entry.bytes <= limit else { throw BundleRefusal.tooLarge(entry.path) }
            let data = try SignedArchive.read(entry.path, from: opened.archive, limit: entry.bytes)
            guard Int64(data.count) == entry.bytes, ContentHash.sha256Hex(data) == entry.sha256 else {
                throw BundleRefusal.fileMismatch("\(entry.path) differs")
            }
            if entry.path == BundleManifest.batchFileName {
                batchData = data
            } else if let document = BundleEntryPath.parseDocument(entry.path), document.sha256 == entry.sha256,
                      ScanFormat.recognize(Array(data.prefix(16))) == document.format {
                documents.append((document.sha256, document.format, Array(data)))
            } else {
                throw BundleRefusal.fileMismatch("\(entry.path) is not a document named by its content")
            }
            done += entry.bytes
            progress(done, total)
        }
        guard let batchData else { throw BundleRefusal.fileMismatch("the batch is missing") }
        let batch: ExchangeBatch
        do { batch = try JSONDecoder().decode(ExchangeBatch.self, from: batchData) } catch {
            throw BundleRefusal.batchMismatch("the batch does not parse")
        }
        try check(batch, against: manifest, documents: Set(documents.map(\.sha256)))
        return Verified(manifest: manifest, batch: batch, documents: documents, sha256: ContentHash.sha256Hex(opened.file))
    }

    /// Keeps the bundle's documents and applies its batch; documents kept only for a batch that
    /// was then refused are removed again.
    public static func apply(
        _ bundle: Verified, to database: KioskDatabase, documents folder: DocumentFolder, by importer: OperatorID, now: Date,
        policy: PolicyProfile, calendar: WorkingDayCalendar
    ) throws -> ImportOutcome {
        var added: [String] = []
        do {
            for document in bundle.documents where !folder.contains(document.sha256) {
                _ = try folder.keep(document.content, format: document.format)
                added.append(document.sha256)
            }
            return try database.importBatch(
                bundle.batch, bundleSHA256: bundle.sha256, by: importer, now: now,
                profile: { try ProfileLookup.profile(judging: $0, given: policy) }, calendar: calendar)
        } catch {
            for sha256 in added where (try? database.isScanReferenced(sha256: sha256)) != true { try? folder.remove(sha256) }
            throw error
        }
    }

    /// The batch must be exactly the events the manifest signs, and name no document it lacks.
    private static func check(_ batch: ExchangeBatch, against manifest: BundleManifest, documents: Set<String>) throws {
        guard batch.format == ExchangeBatch.format else { throw BundleRefusal.unknownFormat(batch.format) }
        guard batch.origin == manifest.origin, batch.isDemo == manifest.isDemo else { throw BundleRefusal.batchMismatch("another origin") }
        guard batch.events.map(\.hash) == manifest.eventHashes, batch.range == manifest.fromSequence...manifest.toSequence,
              batch.events.first?.prevHash == manifest.previousHash, batch.events.last?.hash == manifest.chainHead else {
            throw BundleRefusal.batchMismatch("other events")
        }
        let unaccounted = Set(batch.documentHashes).subtracting(documents).subtracting(manifest.missingDocuments)
        guard unaccounted.isEmpty else { throw BundleRefusal.fileMismatch("a scanned document is missing") }
    }
}
