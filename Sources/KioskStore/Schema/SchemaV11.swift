import GRDB

/// Migration v11: the review queue's `decide_by` kept by triggers that fire only when they have
/// something to do. Like the others, SQL only, and never changed once shipped.
///
/// v8's triggers ran an UPDATE for every member inserted, and for every save of a member, at
/// any stage: a member not under review was written a second time, with its index entries,
/// only to set NULL where NULL was. Now the insert trigger fires only for a member under review,
/// and the update trigger only for one under review or one that leaves review.
enum SchemaV11 {
    static func create(_ db: Database) throws {
        let fromApplication = SchemaV8.decideBy(
            content: "(SELECT content FROM application WHERE number = NEW.application_number)", position: "NEW.position")
        try db.execute(sql: """
            DROP TRIGGER application_member_decide_by_on_insert;
            DROP TRIGGER application_member_decide_by_on_update;

            CREATE TRIGGER application_member_decide_by_on_insert AFTER INSERT ON application_member
            WHEN NEW.stage = 'underReview'
            BEGIN
                UPDATE application_member SET decide_by = \(fromApplication)
                WHERE application_number = NEW.application_number AND position = NEW.position;
            END;

            CREATE TRIGGER application_member_decide_by_on_update AFTER UPDATE OF stage ON application_member
            WHEN NEW.stage = 'underReview' OR OLD.decide_by IS NOT NULL
            BEGIN
                UPDATE application_member SET decide_by = CASE WHEN NEW.stage = 'underReview' THEN \(fromApplication) END
                WHERE application_number = NEW.application_number AND position = NEW.position;
            END;
            """)
    }
}
