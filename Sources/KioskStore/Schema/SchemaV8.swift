import GRDB

/// Migration v8: the review queue. Like the others, SQL only, and never changed once shipped.
///
/// - `application_member.decide_by`: the day a member under review is to be decided by
///   (`ReviewWindow.decideBy`), copied out of the application's JSON so that the queue can be
///   read in deadline order from an index, a page at a time, instead of decoding every
///   application. Triggers keep it equal to the JSON whoever writes the member (a submission, a
///   member event, an imported bundle), and it is NULL at every other stage.
/// - `application_member.review_note`: the reviewer's note on the last decision. It may name
///   people or their circumstances, so it stays here, beside the application it explains, and
///   never enters the journal, which is append-only and travels to the central office: the
///   journal says only that a note was written.
enum SchemaV8 {
    /// The decide-by day of the member at `position` of the application whose content is `content`.
    static func decideBy(content: String, position: String) -> String {
        "json_extract(\(content), '$.members[' || \(position) || '].lifecycle.state.underReview._0.decideBy')"
    }

    static func create(_ db: Database) throws {
        let fromApplication = decideBy(
            content: "(SELECT content FROM application WHERE number = NEW.application_number)", position: "NEW.position")
        try db.execute(sql: """
            ALTER TABLE application_member ADD COLUMN decide_by TEXT
                CHECK (decide_by IS NULL OR decide_by GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
            ALTER TABLE application_member ADD COLUMN review_note TEXT
                CHECK (review_note IS NULL OR length(review_note) BETWEEN 1 AND 500);

            UPDATE application_member SET decide_by = \(decideBy(
                content: "(SELECT content FROM application WHERE number = application_member.application_number)",
                position: "application_member.position"))
            WHERE stage = 'underReview';

            CREATE TRIGGER application_member_decide_by_on_insert AFTER INSERT ON application_member
            BEGIN
                UPDATE application_member SET decide_by = CASE WHEN NEW.stage = 'underReview' THEN \(fromApplication) END
                WHERE application_number = NEW.application_number AND position = NEW.position;
            END;

            CREATE TRIGGER application_member_decide_by_on_update AFTER UPDATE OF stage ON application_member
            BEGIN
                UPDATE application_member SET decide_by = CASE WHEN NEW.stage = 'underReview' THEN \(fromApplication) END
                WHERE application_number = NEW.application_number AND position = NEW.position;
            END;

            CREATE INDEX application_member_review_queue
                ON application_member (stage, decide_by, application_number, position);
            """)
    }
}
