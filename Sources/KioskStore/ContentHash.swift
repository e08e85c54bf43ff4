import Crypto
import Foundation

/// The SHA-256 by which the store keeps content: a signed letter's text, a scanned document.
/// Lower-case hexadecimal, as the records hold it.
public enum ContentHash {
    public static func sha256Hex(_ data: Data) -> String {
        SHA256.hash(data: data).lowercaseHex
    }
}
