import Foundation
import KioskStore

/// The outside of a bundle file: a fixed tag, the sender's Ed25519 signature, then a zip archive
/// (the manifest, the batch, the scanned documents).
///
///     "GONGJI-BUNDLE-1\n"   16 bytes
///     signature            64 bytes, over `signedMessage(zip)`
///     zip archive          the rest
///
/// The signature covers the archive byte for byte, so one byte changed anywhere (in a file, in
/// the archive's own structure, or in the signature) is seen; the manifest inside says who
/// signed, and lists the SHA-256 of every file. Zip tools open the archive after the first 80 bytes.
enum BundleEnvelope {
    static let tag = Data("GONGJI-BUNDLE-1\n".utf8)
    static let signatureLength = 64

    /// What the signature signs: the format's name and the archive's SHA-256, so a signature can
    /// never be taken for one over anything else.
    static func signedMessage(_ zip: Data) -> Data {
        Data("gongji-bundle-v1\n\(ContentHash.sha256Hex(zip))".utf8)
    }

    static func seal(_ zip: Data, signature: Data) -> Data {
        tag + signature + zip
    }

    /// The signature and the archive of a bundle file's bytes.
    static func open(_ file: Data) throws -> (signature: Data, zip: Data) {
        let header = tag.count + signatureLength
        guard file.count > header, file.prefix(tag.count) == tag else { throw BundleRefusal.notABundle("it does not begin as one") }
        let start = file.startIndex
        return (file.subdata(in: start + tag.count..<start + header), file.subdata(in: start + header..<file.endIndex))
    }
}
