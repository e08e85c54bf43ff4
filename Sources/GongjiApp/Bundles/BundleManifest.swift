import Foundation
import KioskStore

/// The table of contents of a bundle (`manifest.json`): who sent it, which events of their chain
/// it carries and how they hash, and the SHA-256 and size of every other file in it. The
/// envelope's signature covers the whole archive, manifest included, so nothing in the bundle can
/// change, be added or be left out without the receiver seeing it.
struct BundleManifest: Codable, Equatable {
    static let format = "gongji-bundle-v1"
    static let fileName = "manifest.json"
    static let batchFileName = "batch.json"
    /// A manifest larger than this is refused before it is parsed.
    static let maximumBytes = 64 * 1024 * 1024

    struct Entry: Codable, Equatable {
        var path: String
        var sha256: String
        var bytes: Int64
    }

    var format = Self.format
    var origin: String
    /// The sender's public key, in hex, so that a receiver who does not trust it yet can say which
    /// key to register.
    var publicKey: String
    var isDemo: Bool
    var createdAt: Date
    var fromSequence: Int64
    var toSequence: Int64
    /// The hash of the event before `fromSequence` (64 zeros for the chain's start).
    var previousHash: String
    /// The hash of event `toSequence`: the chain's head when the bundle was made.
    var chainHead: String
    /// Every event's hash, in order.
    var eventHashes: [String]
    /// The batch first, then the scanned documents (`documents/<sha256>.<extension>`).
    var entries: [Entry]
    /// Documents a proof refers to that the sender's document folder did not hold.
    var missingDocuments: [String]

    var encoded: Data {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            return try encoder.encode(self)
        }
    }

    static func decoded(from data: Data) throws -> BundleManifest {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try decoder.decode(BundleManifest.self, from: data)
    }
}

extension BundleManifest.Entry {
    /// The entry for `content` under `path`: its SHA-256 and size.
    init(path: String, content: Data) {
        self.init(path: path, sha256: ContentHash.sha256Hex(content), bytes: Int64(content.count))
    }
}
