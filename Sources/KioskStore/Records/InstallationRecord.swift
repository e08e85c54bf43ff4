import Foundation
import GRDB

/// The single row of the `installation` table, secret included; it never leaves the store.
struct InstallationRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "installation"

    /// Always 1: the schema allows exactly one installation per store.
    var id: Int = 1
    var originID: String
    var isDemo: Bool
    var createdAt: Date
    /// 32 random bytes keying `SubjectKey`; unique to this store.
    var subjectSecret: Data

    enum CodingKeys: String, CodingKey {
        case id
        case originID = "origin_id"
        case isDemo = "is_demo"
        case createdAt = "created_at"
        case subjectSecret = "subject_secret"
    }

    var installation: Installation {
        Installation(originID: originID, isDemo: isDemo, createdAt: createdAt)
    }

    static func fetchCurrent(_ db: Database) throws -> InstallationRecord? {
        try fetchOne(db, key: 1)
    }

    /// The installation every domain command needs: a store that was never set up accepts none.
    static func fetchRequired(_ db: Database) throws -> InstallationRecord {
        guard let record = try fetchCurrent(db) else { throw KioskStoreError.notInstalled }
        return record
    }
}
