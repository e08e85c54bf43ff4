import GRDB

/// Migration v6: the notifications outbox. Like the others, SQL only, and never changed once shipped.
///
/// Each row is one text message owed to a resident: an invitation to confirm, or a reviewer's
/// decision. It is written in the same transaction as the change that caused it, so no message
/// is lost or doubled; it keeps its kind and parameters rather than its words, which are
/// rendered from `screens/messages/` when the message is handed to the SMS gateway. The ID is
/// the origin and a count of its own (`DEM001-M000001`), so messages from many installations
/// never clash, and a message sent again keeps its ID for the gateway to drop the duplicate.
///
/// `noRecipient` records a message owed to someone with no mobile number on file: visible in
/// the counts, never handed over.
enum SchemaV6 {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE outbox_message (
                id TEXT NOT NULL PRIMARY KEY
                    CONSTRAINT message_id_is_origin_m_sequence CHECK (id = origin || '-M' || printf('%06d', sequence)),
                origin TEXT NOT NULL CHECK (length(origin) BETWEEN 1 AND 64),
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                kind TEXT NOT NULL
                    CONSTRAINT kind_is_known CHECK (kind IN ('invitation', 'guardianInvitation', 'approved', 'rejected')),
                parameters TEXT NOT NULL CHECK (json_valid(parameters)),
                application_number TEXT NOT NULL REFERENCES application (number),
                member_position INTEGER NOT NULL CHECK (member_position >= 0),
                mobile TEXT
                    CONSTRAINT mobile_is_11_digits CHECK (mobile IS NULL OR (length(mobile) = 11 AND mobile NOT GLOB '*[^0-9]*')),
                language TEXT NOT NULL CHECK (language IN ('zh-Hans', 'en')),
                state TEXT NOT NULL
                    CONSTRAINT state_is_known CHECK (state IN ('pending', 'handedOver', 'delivered', 'failed', 'noRecipient')),
                created_at TEXT NOT NULL,
                handed_over_at TEXT,
                attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                receipt_at TEXT,
                UNIQUE (origin, sequence),
                CONSTRAINT no_recipient_exactly_when_no_mobile CHECK ((state = 'noRecipient') = (mobile IS NULL)),
                CONSTRAINT handed_over_has_time_and_attempt
                    CHECK (state IN ('pending', 'noRecipient') OR (handed_over_at IS NOT NULL AND attempts >= 1)),
                CONSTRAINT pending_was_never_handed_over
                    CHECK (state NOT IN ('pending', 'noRecipient') OR (handed_over_at IS NULL AND attempts = 0))
            ) STRICT;
            CREATE INDEX outbox_message_by_state ON outbox_message (state, handed_over_at);
            """)
    }
}
