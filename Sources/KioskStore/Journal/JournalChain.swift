import Crypto
import Foundation

/// The fields of a journal event that its hash covers, exactly as stored, and the hash itself.
///
/// Canonical encoding, version 1 (what another program must reproduce to check a chain):
///
///     "gongji-journal-v1"
///     then for each field, in this order: origin, sequence, kind, payload, recorded_at, prev_hash
///         "\n" <the field's UTF-8 byte count, in decimal> ":" <the field's UTF-8 bytes>
///
/// `sequence` is written in decimal without leading zeros, `recorded_at` is the stored column
/// text ("YYYY-MM-DD HH:MM:SS.SSS", UTC), `payload` the stored JSON text byte for byte. The hash
/// is the SHA-256 of those bytes, in lower-case hex. Length prefixes keep the encoding
/// unambiguous whatever the fields contain.
struct JournalChainLink: Equatable {
    /// What the first event of every origin names as its predecessor.
    static let genesisHash = String(repeating: "0", count: 64)
    static let encodingTag = "gongji-journal-v1"

    var origin: String
    var sequence: Int64
    var kind: String
    var payload: String
    var recordedAt: String
    var prevHash: String

    var canonicalEncoding: Data {
        var bytes = Data(Self.encodingTag.utf8)
        for field in [origin, String(sequence), kind, payload, recordedAt, prevHash] {
            let fieldBytes = Data(field.utf8)
            bytes.append(contentsOf: "\n\(fieldBytes.count):".utf8)
            bytes.append(fieldBytes)
        }
        return bytes
    }

    var hash: String {
        SHA256.hash(data: canonicalEncoding).lowercaseHex
    }
}
