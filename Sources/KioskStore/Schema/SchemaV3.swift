import GRDB

/// Migration v3: who confirms as the parent or guardian of a member under 16 who is not the
/// sharer's own child. Like the others, SQL only, and never changed once shipped.
///
/// The guardian is part of the member's details in the application's `content`; the column
/// beside it is what a guardian's sign-in looks up ("what waits for my confirmation?"), hence
/// the index. Members stored before v3 have no guardian: the column starts empty for them.
enum SchemaV3 {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE application_member ADD COLUMN guardian_id TEXT
                CONSTRAINT guardian_id_is_18_characters_and_not_the_member
                CHECK (guardian_id IS NULL OR (length(guardian_id) = 18 AND guardian_id <> member_id));
            CREATE INDEX application_member_by_guardian ON application_member (guardian_id, stage)
                WHERE guardian_id IS NOT NULL;
            """)
    }
}
