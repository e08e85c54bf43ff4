import Foundation
import GRDB

extension KioskDatabase {
    /// Copies the whole store to a new file at `path` with SQLite's online backup, while kiosks
    /// and counters keep using it (they wait only for the moments the copy reads), then checks the
    /// copy's journal. The copy is readable by the service's user and group only. Returns the
    /// copy's verification.
    @discardableResult
    public func backup(to path: String) throws -> JournalVerification {
        guard !FileManager.default.fileExists(atPath: path) else { throw KioskStoreError.backupExists(path: path) }
        try Self.explainingErrors(location: path) {
            let copy = try DatabaseQueue(path: path)
            try writer.backup(to: copy)
            try copy.close()
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        return try KioskDatabase.open(at: path).verifyJournal()
    }
}
