import Foundation
import KioskStore

/// `gongji registry export` and `gongji registry import`: the central office's registry (people,
/// balances, card-PIN hashes, relationships, decisions on other installations' applications) as
/// a signed bundle for its counters and kiosks, in the same envelope as event bundles.
public enum RegistryBundle {
    struct Manifest: Codable, Equatable {
        static let format = "gongji-registry-bundle-v1"
        static let fileName = "manifest.json"
        static let snapshotFileName = "registry.json"

        var format = Self.format
        var origin: String
        var publicKey: String
        var isDemo: Bool
        var takenAt: Date
        var snapshot: BundleManifest.Entry
    }

    /// The largest snapshot a bundle may carry: a registry of millions of people.
    static let maximumSnapshotBytes: Int64 = 4 << 30

    public struct Summary: Equatable {
        public var people: Int
        public var relationships: Int
        public var sha256: String
    }

    public static func write(from database: KioskDatabase, to path: String, now: Date) throws -> Summary {
        guard !FileManager.default.fileExists(atPath: path) else { throw BundleRefusal.exists(path) }
        let snapshot = try database.registrySnapshot(now: now)
        let data = try BundleCoding.encoder.encode(snapshot)
        let manifest = Manifest(
            origin: snapshot.origin, publicKey: try database.publicSigningKey(now: now).lowercaseHex, isDemo: snapshot.isDemo,
            takenAt: now,
            snapshot: BundleManifest.Entry(path: Manifest.snapshotFileName, content: data))
        let sealed = try SignedArchive.seal(
            [(Manifest.fileName, try encoded(manifest)), (Manifest.snapshotFileName, data)], signedBy: database, now: now)
        try SignedArchive.write(sealed, to: path)
        return Summary(people: snapshot.personCount, relationships: snapshot.relationshipCount, sha256: ContentHash.sha256Hex(sealed))
    }

    /// Checks the bundle at `path` whole against the keys `database` trusts, then applies it in
    /// one transaction.
    public static func apply(_ path: String, to database: KioskDatabase, by importer: OperatorID, now: Date) throws -> RegistryImportOutcome {
        let opened = try SignedArchive.open(path)
        let manifestData = try SignedArchive.read(Manifest.fileName, from: opened.archive, limit: Int64(BundleManifest.maximumBytes))
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let manifest = try? decoder.decode(Manifest.self, from: manifestData) else {
            throw BundleRefusal.notABundle("its manifest is not a registry bundle's")
        }
        guard manifest.format == Manifest.format else { throw BundleRefusal.unknownFormat(manifest.format) }
        try SignedArchive.checkSignature(of: opened, origin: manifest.origin, publicKey: manifest.publicKey, trustedBy: database)
        try SignedArchive.checkNothingElse(in: opened.archive, expected: [Manifest.fileName, Manifest.snapshotFileName])
        guard manifest.snapshot.path == Manifest.snapshotFileName, manifest.snapshot.bytes <= maximumSnapshotBytes else {
            throw BundleRefusal.tooLarge(Manifest.snapshotFileName)
        }
        let data = try SignedArchive.read(Manifest.snapshotFileName, from: opened.archive, limit: manifest.snapshot.bytes)
        guard ContentHash.sha256Hex(data) == manifest.snapshot.sha256 else { throw BundleRefusal.fileMismatch("\(Manifest.snapshotFileName) differs") }
        guard let snapshot = try? JSONDecoder().decode(RegistrySnapshot.self, from: data),
              snapshot.format == RegistrySnapshot.format, snapshot.origin == manifest.origin, snapshot.isDemo == manifest.isDemo else {
            throw BundleRefusal.batchMismatch("the registry does not match its manifest")
        }
        return try database.importRegistry(snapshot, bundleSHA256: ContentHash.sha256Hex(opened.file), by: importer, now: now)
    }

    private static func encoded(_ manifest: Manifest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(manifest)
    }
}
