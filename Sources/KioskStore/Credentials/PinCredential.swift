import Foundation

/// A card PIN as the store keeps it: never the PIN, only a salted slow hash and how it was made.
public struct PinCredential: Codable, Sendable, Equatable {
    /// The only method this version makes and verifies.
    public static let scrypt = "scrypt"

    public var algorithm: String
    public var salt: Data
    public var hash: Data
    public var cost: PinHashCost

    public init(algorithm: String = PinCredential.scrypt, salt: Data, hash: Data, cost: PinHashCost) {
        self.algorithm = algorithm
        self.salt = salt
        self.hash = hash
        self.cost = cost
    }
}
