import GRDB

extension KioskDatabase {
    /// Whether any proof of any application refers to the scan with this SHA-256: a scan kept
    /// during a session that ended without submitting it is deleted only when none does (the
    /// same document may have been handed in by an earlier application).
    public func isScanReferenced(sha256: String) throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT EXISTS (SELECT 1 FROM proof_reference WHERE content_sha256 = ?)
                """, arguments: [sha256]) ?? false
        }
    }
}
