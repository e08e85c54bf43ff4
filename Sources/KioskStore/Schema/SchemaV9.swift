import GRDB

/// Migration v9: applications taken in at a counter from paper. Like the others, SQL only, and
/// never changed once shipped.
///
/// - `application.paper_form_number`: the number printed on the paper application form
///   (申请表编号) a counter took the application in from. Unique, so that one form typed in twice
///   is refused rather than filed as two applications.
/// - `proof_reference.sighted`: the clerk saw the original document at the counter. A kiosk
///   never sets it: a resident's own word is not a clerk's look at the original.
enum SchemaV9 {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE application ADD COLUMN paper_form_number TEXT
                CHECK (paper_form_number IS NULL OR length(paper_form_number) BETWEEN 1 AND 32);
            CREATE UNIQUE INDEX application_paper_form_number ON application(paper_form_number)
                WHERE paper_form_number IS NOT NULL;
            ALTER TABLE proof_reference ADD COLUMN sighted INTEGER NOT NULL DEFAULT 0 CHECK (sighted IN (0, 1));
            """)
    }
}
