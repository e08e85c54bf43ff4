import GRDB

/// Migration v2: what issue 4's journey keeps. Like v1, SQL only, and never changed once shipped.
///
/// Each aggregate keeps its full domain value as JSON (`content`), and beside it, as checked
/// columns, exactly what is queried or what the central office must read without decoding:
/// numbers, people's ID numbers, stages, dates, amounts.
enum SchemaV2 {
    static func create(_ db: Database) throws {
        try createApplications(db)
        try createRelationships(db)
        try createMoney(db)
        try createLedger(db)
    }

    /// Applications, their members (one row each, with the stage and the payment mode asked
    /// for: quota, 支付顺位, uses), proof references per member,
    /// the commitment-letter signature, and the last sequence each origin issued.
    private static func createApplications(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE application_sequence (
                origin TEXT NOT NULL PRIMARY KEY CHECK (length(origin) = 6),
                last_issued INTEGER NOT NULL CHECK (last_issued BETWEEN 1 AND 999999)
            ) STRICT;

            CREATE TABLE application (
                number TEXT NOT NULL PRIMARY KEY CHECK (length(number) = 15),
                origin TEXT NOT NULL CHECK (length(origin) = 6),
                sequence INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
                sharer_id TEXT NOT NULL CHECK (length(sharer_id) = 18),
                status TEXT NOT NULL CHECK (status IN (
                    'draft', 'systemCheck', 'awaitingConfirmation', 'underReview',
                    'approved', 'partlyApproved', 'rejected', 'cancelled')),
                channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'counter')),
                profile_id TEXT NOT NULL CHECK (length(profile_id) > 0),
                profile_version INTEGER NOT NULL,
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                content TEXT NOT NULL CHECK (json_valid(content)),
                UNIQUE (origin, sequence)
            ) STRICT;
            CREATE INDEX application_by_sharer ON application (sharer_id, created_at);
            CREATE INDEX application_by_status ON application (status);
            CREATE INDEX application_by_created_at ON application (created_at);
            CREATE INDEX application_by_profile ON application (profile_id, profile_version);

            CREATE TABLE application_member (
                application_number TEXT NOT NULL REFERENCES application (number) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                member_id TEXT NOT NULL CHECK (length(member_id) = 18),
                stage TEXT NOT NULL CHECK (stage IN (
                    'draft', 'systemCheck', 'awaitingConfirmation', 'underReview',
                    'approved', 'rejected', 'declined', 'cancelled')),
                requested_quota_fen INTEGER CHECK (requested_quota_fen IS NULL OR requested_quota_fen > 0),
                payment_rank INTEGER NOT NULL CHECK (payment_rank >= 1),
                allowed_uses TEXT NOT NULL CHECK (json_valid(allowed_uses)),
                PRIMARY KEY (application_number, position)
            ) STRICT;
            CREATE INDEX application_member_by_member ON application_member (member_id, stage);
            CREATE INDEX application_member_by_stage ON application_member (stage);

            CREATE TABLE proof_reference (
                application_number TEXT NOT NULL,
                position INTEGER NOT NULL,
                ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
                kind TEXT NOT NULL CHECK (length(kind) > 0),
                document_number TEXT CHECK (document_number IS NULL OR length(document_number) > 0),
                content_sha256 TEXT CHECK (content_sha256 IS NULL
                    OR (length(content_sha256) = 64 AND content_sha256 NOT GLOB '*[^0-9a-f]*')),
                PRIMARY KEY (application_number, position, ordinal),
                FOREIGN KEY (application_number, position)
                    REFERENCES application_member (application_number, position) ON DELETE CASCADE
            ) STRICT;

            CREATE TABLE commitment_signature (
                application_number TEXT NOT NULL PRIMARY KEY
                    REFERENCES application (number) ON DELETE CASCADE,
                signer_id TEXT NOT NULL CHECK (length(signer_id) = 18),
                signed_at TEXT NOT NULL,
                channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'counter')),
                letter_version TEXT,
                content_sha256 TEXT CHECK (content_sha256 IS NULL
                    OR (length(content_sha256) = 64 AND content_sha256 NOT GLOB '*[^0-9a-f]*')),
                paper_form_number TEXT,
                CONSTRAINT signed_on_screen_or_on_paper CHECK (
                    (letter_version IS NOT NULL AND content_sha256 IS NOT NULL AND paper_form_number IS NULL)
                    OR (letter_version IS NULL AND content_sha256 IS NULL AND paper_form_number IS NOT NULL))
            ) STRICT;
            """)
    }

    /// Sharing relationships: at most one in force (scheduled or active) per sharer and member.
    private static func createRelationships(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE relationship (
                id INTEGER PRIMARY KEY,
                application_number TEXT REFERENCES application (number),
                member_position INTEGER,
                sharer_id TEXT NOT NULL CHECK (length(sharer_id) = 18),
                member_id TEXT NOT NULL CHECK (length(member_id) = 18),
                state TEXT NOT NULL CHECK (state IN ('scheduled', 'active', 'ended')),
                approved_on TEXT NOT NULL,
                start_on TEXT NOT NULL,
                end_on TEXT,
                ended_on TEXT,
                quota_assigned_fen INTEGER CHECK (quota_assigned_fen IS NULL OR quota_assigned_fen > 0),
                quota_used_fen INTEGER CHECK (quota_used_fen IS NULL OR quota_used_fen BETWEEN 0 AND quota_assigned_fen),
                payment_rank INTEGER NOT NULL CHECK (payment_rank >= 1),
                allowed_uses TEXT NOT NULL CHECK (json_valid(allowed_uses)),
                content TEXT NOT NULL CHECK (json_valid(content)),
                quota_assignments TEXT NOT NULL CHECK (json_valid(quota_assignments)),
                CONSTRAINT sharer_is_not_member CHECK (sharer_id <> member_id),
                CONSTRAINT ended_exactly_when_an_end_day_is_set CHECK ((state = 'ended') = (ended_on IS NOT NULL))
            ) STRICT;
            CREATE UNIQUE INDEX relationship_one_in_force
                ON relationship (sharer_id, member_id) WHERE state <> 'ended';
            CREATE INDEX relationship_by_sharer ON relationship (sharer_id, state);
            CREATE INDEX relationship_by_member ON relationship (member_id, state);
            """)
    }

    /// Settled bills, their refunds, and contributions paid from a sharer's account.
    private static func createMoney(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE settlement (
                bill_number TEXT NOT NULL PRIMARY KEY CHECK (length(bill_number) > 0),
                member_id TEXT NOT NULL CHECK (length(member_id) = 18),
                use TEXT NOT NULL,
                bill_date TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                own_account_fen INTEGER NOT NULL CHECK (own_account_fen >= 0),
                sharers_fen INTEGER NOT NULL CHECK (sharers_fen >= 0),
                cash_fen INTEGER NOT NULL CHECK (cash_fen >= 0),
                profile_id TEXT NOT NULL,
                profile_version INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                content TEXT NOT NULL CHECK (json_valid(content)),
                CONSTRAINT parts_make_the_bill CHECK (own_account_fen + sharers_fen + cash_fen = amount_fen)
            ) STRICT;
            CREATE INDEX settlement_by_member ON settlement (member_id, bill_date);

            CREATE TABLE refund (
                bill_number TEXT NOT NULL REFERENCES settlement (bill_number),
                refund_number TEXT NOT NULL CHECK (length(refund_number) > 0),
                refund_date TEXT NOT NULL,
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                recorded_at TEXT NOT NULL,
                content TEXT NOT NULL CHECK (json_valid(content)),
                PRIMARY KEY (bill_number, refund_number)
            ) STRICT;

            CREATE TABLE premium_payment (
                member_id TEXT NOT NULL CHECK (length(member_id) = 18),
                kind TEXT NOT NULL,
                coverage_year INTEGER NOT NULL,
                sharer_id TEXT NOT NULL CHECK (length(sharer_id) = 18),
                amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
                paid_on TEXT NOT NULL,
                profile_id TEXT NOT NULL,
                profile_version INTEGER NOT NULL,
                recorded_at TEXT NOT NULL,
                content TEXT NOT NULL CHECK (json_valid(content)),
                PRIMARY KEY (member_id, kind, coverage_year)
            ) STRICT;
            CREATE INDEX premium_payment_by_sharer ON premium_payment (sharer_id, paid_on);
            """)
    }

    /// The ledger: one row per transaction and one per entry (a signed change of one account).
    /// Entries are written only from the domain's `LedgerTransaction`, which is balanced by
    /// construction. `beneficiary_id` is the member the money moved for, so that 消费明细 are one
    /// indexed query. Append-only, like the journal.
    private static func createLedger(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ledger_transaction (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (kind IN ('settlement', 'refund', 'premium', 'quotaAssigned', 'quotaReturned')),
                transaction_date TEXT NOT NULL,
                reference TEXT NOT NULL CHECK (json_valid(reference)),
                recorded_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE ledger_entry (
                id INTEGER PRIMARY KEY,
                transaction_id INTEGER NOT NULL REFERENCES ledger_transaction (id),
                account TEXT NOT NULL CHECK (json_valid(account)),
                account_kind TEXT NOT NULL CHECK (account_kind IN ('personalAccount', 'quota', 'payee', 'cash')),
                account_holder TEXT NOT NULL,
                quota_member_id TEXT,
                beneficiary_id TEXT NOT NULL CHECK (length(beneficiary_id) = 18),
                change_fen INTEGER NOT NULL CHECK (change_fen <> 0),
                kind TEXT NOT NULL,
                entry_date TEXT NOT NULL,
                reference TEXT NOT NULL CHECK (json_valid(reference))
            ) STRICT;
            CREATE INDEX ledger_entry_by_holder ON ledger_entry (account_holder, entry_date);
            CREATE INDEX ledger_entry_by_beneficiary ON ledger_entry (beneficiary_id, entry_date);
            CREATE INDEX ledger_entry_by_transaction ON ledger_entry (transaction_id);

            CREATE TRIGGER ledger_entry_is_never_updated BEFORE UPDATE ON ledger_entry
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an entry can never be changed'); END;
            CREATE TRIGGER ledger_entry_is_never_deleted BEFORE DELETE ON ledger_entry
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: an entry can never be deleted'); END;
            CREATE TRIGGER ledger_transaction_is_never_updated BEFORE UPDATE ON ledger_transaction
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a transaction can never be changed'); END;
            CREATE TRIGGER ledger_transaction_is_never_deleted BEFORE DELETE ON ledger_transaction
            BEGIN SELECT RAISE(ABORT, 'the ledger is append-only: a transaction can never be deleted'); END;
            """)
    }
}
