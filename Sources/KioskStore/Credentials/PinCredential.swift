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

extension PinCredential {
    /// The credential as the columns a table keeps it in, cost spelled out, so that the central
    /// office can see at a glance which hashes still use an old cost.
    typealias Columns = (algorithm: String, salt: Data, hash: Data, costN: Int, costR: Int, costP: Int)

    var columns: Columns { (algorithm, salt, hash, cost.n, cost.r, cost.p) }

    init(_ columns: Columns) {
        self.init(algorithm: columns.algorithm, salt: columns.salt, hash: columns.hash,
                  cost: PinHashCost(n: columns.costN, r: columns.costR, p: columns.costP))
    }
}
