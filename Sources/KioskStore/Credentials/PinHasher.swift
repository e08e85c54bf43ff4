import Crypto
import _CryptoExtras
import Foundation

/// Makes and checks card-PIN credentials with scrypt.
///
/// A six-digit PIN has only a million values, so the hash is deliberately slow and salted per
/// person: a copied store file does not give the PINs away cheaply, and two people with the same
/// PIN do not share a hash.
public enum PinHasher {
    static let saltByteCount = 16
    static let hashByteCount = 32

    /// A new credential for `pin`, with a fresh random salt unless one is given.
    public static func credential(
        for pin: String,
        cost: PinHashCost,
        salt: Data = randomSalt()
    ) throws -> PinCredential {
        let hash = try derive(pin, salt: salt, cost: cost)
        return PinCredential(salt: salt, hash: hash, cost: cost)
    }

    /// Whether `pin` is the PIN `credential` was made from. The comparison takes the same time
    /// wherever the hashes differ, so timing reveals nothing about how close a guess was.
    public static func verify(_ pin: String, against credential: PinCredential) throws -> Bool {
        guard credential.algorithm == PinCredential.scrypt else {
            throw KioskStoreError.unsupportedPinAlgorithm(credential.algorithm)
        }
        let candidate = try derive(pin, salt: credential.salt, cost: credential.cost)
        return constantTimeEqual(candidate, credential.hash)
    }

    /// 16 bytes from the system's secure random generator.
    public static func randomSalt() -> Data {
        var generator = SystemRandomNumberGenerator()
        return Data((0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    /// Spends exactly the work of one verification at `cost` and learns nothing: what the store
    /// does for an ID number it does not know, so that it answers no faster than for a wrong PIN.
    static func spendOneVerification(of pin: String, cost: PinHashCost) throws {
        let decoy = PinCredential(salt: randomSalt(), hash: Data(count: hashByteCount), cost: cost)
        _ = try verify(pin, against: decoy)
    }

    private static func derive(_ pin: String, salt: Data, cost: PinHashCost) throws -> Data {
        guard cost.isUsable else { throw KioskStoreError.invalidPinHashCost(cost) }
        let key = try KDF.Scrypt.deriveKey(
            from: Data(pin.utf8),
            salt: salt,
            outputByteCount: hashByteCount,
            rounds: cost.n,
            blockSize: cost.r,
            parallelism: cost.p
        )
        return key.withUnsafeBytes { Data($0) }
    }

    private static func constantTimeEqual(_ lhs: Data, _ rhs: Data) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
