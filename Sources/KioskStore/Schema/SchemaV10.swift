import GRDB

/// Migration v10: a reviewer closes an import flag. Like the others, SQL only, and never changed
/// once shipped.
///
/// - `import_conflict.resolved_by`: the operator who dealt with the flag, so that the review
///   queue and the audit say who let it go. Null for flags an import resolved by itself (the
///   member bound after all).
/// - `import_conflict.resolution_note`: what the reviewer did about it, in their words. Like a
///   review note it may name someone, so it stays here and the journal says only that one exists.
enum SchemaV10 {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE import_conflict ADD COLUMN resolved_by TEXT
                CHECK (resolved_by IS NULL OR length(resolved_by) BETWEEN 1 AND 64);
            ALTER TABLE import_conflict ADD COLUMN resolution_note TEXT
                CHECK (resolution_note IS NULL OR length(resolution_note) BETWEEN 1 AND 500);
            """)
    }
}
