import Crypto
import Foundation

/// The pseudonym under which the store remembers an ID number it must not keep in clear.
///
/// HMAC-SHA256 of the upper-cased ID number, keyed by the installation's secret, in hex. Anyone who
/// reads the file without the secret cannot test guesses against it, and the same number gives
/// unrelated keys in two installations, so merged journals do not link people across offices.
struct SubjectKey: Hashable {
    let hex: String

    init(idNumber: String, secret: Data) {
        let normalized = InsuredPersonRecord.normalizedIDNumber(idNumber)
        let code = HMAC<SHA256>.authenticationCode(for: Data(normalized.utf8), using: SymmetricKey(data: secret))
        hex = code.lowercaseHex
    }

    /// 32 bytes from the system's secure random generator, made once when a store is installed.
    static func newSecret() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }
}
