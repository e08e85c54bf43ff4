import Foundation
import GRDB

extension KioskDatabase {
    /// The installation this store belongs to, or nil before `install` has run.
    public func installation() throws -> Installation? {
        try read { db in try InstallationRecord.fetchCurrent(db)?.installation }
    }

    /// Sets the store up for its installation, once: the origin ID starts the installation's own
    /// journal chain, and a fresh random secret is made for keying sign-in subjects.
    /// A second call throws `KioskStoreError.alreadyInstalled`, whatever its arguments.
    @discardableResult
    public func install(originID: String, isDemo: Bool, now: Date) throws -> Installation {
        try write { db in
            if let existing = try InstallationRecord.fetchCurrent(db) {
                throw KioskStoreError.alreadyInstalled(originID: existing.originID)
            }
            let record = InstallationRecord(
                originID: originID, isDemo: isDemo, createdAt: now, subjectSecret: SubjectKey.newSecret())
            try record.insert(db)
            try Journal.append(
                db, origin: originID, kind: .installationCreated,
                payload: InstallationCreated(isDemo: isDemo), at: now)
            return try InstallationRecord.fetchRequired(db).installation
        }
    }
}

private struct InstallationCreated: Encodable {
    var isDemo: Bool
}
