import FamilyAid
import Foundation
import GRDB

/// A row of `sign_in_attempt`: the failures and lock of one subject.
struct SignInAttemptRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "sign_in_attempt"

    var subject: String
    var failures: Int
    var lockedUntil: Date?

    enum CodingKeys: String, CodingKey {
        case subject, failures
        case lockedUntil = "locked_until"
    }

    init(subject: SubjectKey, attempts: SignInAttempts) {
        self.subject = subject.hex
        failures = attempts.failures
        lockedUntil = attempts.lockedUntil
    }

    var attempts: SignInAttempts {
        SignInAttempts(failures: failures, lockedUntil: lockedUntil)
    }

    static func attempts(_ db: Database, of subject: SubjectKey) throws -> SignInAttempts {
        try fetchOne(db, key: subject.hex)?.attempts ?? .none
    }

    static func record(_ db: Database, _ attempts: SignInAttempts, of subject: SubjectKey) throws {
        if attempts == .none {
            try deleteOne(db, key: subject.hex)
        } else {
            try SignInAttemptRecord(subject: subject, attempts: attempts).upsert(db)
        }
    }
}
