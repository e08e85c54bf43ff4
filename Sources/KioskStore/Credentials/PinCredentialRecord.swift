import Foundation
import GRDB

/// A row of `pin_credential`: one person's PIN credential, cost parameters spelled out as columns
/// so that the central office can see at a glance which hashes still use an old cost.
struct PinCredentialRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "pin_credential"

    var idNumber: String
    var algorithm: String
    var salt: Data
    var hash: Data
    var costN: Int
    var costR: Int
    var costP: Int

    enum CodingKeys: String, CodingKey {
        case idNumber = "id_number"
        case algorithm, salt, hash
        case costN = "cost_n"
        case costR = "cost_r"
        case costP = "cost_p"
    }

    init(idNumber: String, credential: PinCredential) {
        self.idNumber = idNumber
        (algorithm, salt, hash, costN, costR, costP) = credential.columns
    }

    var credential: PinCredential {
        PinCredential((algorithm, salt, hash, costN, costR, costP))
    }

    /// The cost of the most recently stored credential (the cost new PINs get), so that a decoy
    /// verification costs what a real one does; the standard cost while the store holds none.
    static func prevailingCost(_ db: Database) throws -> PinHashCost {
        let row = try Row.fetchOne(db, sql: """
            SELECT cost_n, cost_r, cost_p FROM pin_credential ORDER BY rowid DESC LIMIT 1
            """)
        guard let row else { return .standard }
        return PinHashCost(n: row["cost_n"], r: row["cost_r"], p: row["cost_p"])
    }
}
