import GRDB

/// The store's schema, as a timeline of named migrations from an empty file.
///
/// Migrations speak SQL only and never refer to Swift record types: a migration that has shipped
/// describes a past state of every kiosk's file and must never change. New needs get new
/// migrations, appended at the end.
///
/// The schema carries the rules itself (checks, keys, triggers) so that the data stays consistent
/// whatever the Swift code above it gets wrong.
enum StoreSchema {
    /// Written into the SQLite header (`PRAGMA application_id`) so that a gongji store can be told
    /// from any other SQLite file before anything is changed. The bytes spell "gjks".
    static let applicationID: Int32 = 0x676A_6B73

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: installation, registry, sign-in attempts, journal") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try createInstallation(db)
            try createRegistry(db)
            try createSignInAttempts(db)
            try createJournal(db)
        }
        migrator.registerMigration("v2: applications, relationships, settlements, ledger") { db in
            try SchemaV2.create(db)
        }
        migrator.registerMigration("v3: guardians of minor members") { db in
            try SchemaV3.create(db)
        }
        migrator.registerMigration("v4: proof references by scanned content") { db in
            // When a session ends, each scan it kept is deleted unless a proof refers to it.
            try db.execute(sql: """
                CREATE INDEX proof_reference_by_content ON proof_reference (content_sha256)
                    WHERE content_sha256 IS NOT NULL
                """)
        }
        migrator.registerMigration("v5: operators") { db in
            // Counter clerks, reviewers and supervisors, each with a salted scrypt password hash
            // made like a card PIN's and a count of wrong passwords in a row (five lock).
            try db.execute(sql: """
                CREATE TABLE operator (
                    id TEXT NOT NULL PRIMARY KEY CHECK (length(id) BETWEEN 2 AND 32 AND id = lower(id)),
                    role TEXT NOT NULL CHECK (role IN ('intake', 'reviewer', 'supervisor')),
                    algorithm TEXT NOT NULL CHECK (algorithm = 'scrypt'),
                    salt BLOB NOT NULL CHECK (length(salt) >= 16),
                    hash BLOB NOT NULL CHECK (length(hash) >= 16),
                    cost_n INTEGER NOT NULL CHECK (cost_n > 1),
                    cost_r INTEGER NOT NULL CHECK (cost_r >= 1),
                    cost_p INTEGER NOT NULL CHECK (cost_p >= 1),
                    failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
                    is_disabled INTEGER NOT NULL DEFAULT 0 CHECK (is_disabled IN (0, 1)),
                    created_at TEXT NOT NULL,
                    created_by TEXT REFERENCES operator (id)
                ) STRICT
                """)
        }
        migrator.registerMigration("v6: notifications outbox") { db in
            try SchemaV6.create(db)
        }
        migrator.registerMigration("v7: signed bundles") { db in
            try SchemaV7.create(db)
        }
        migrator.registerMigration("v8: review queue") { db in
            try SchemaV8.create(db)
        }
        migrator.registerMigration("v9: counter intake") { db in
            try SchemaV9.create(db)
        }
        migrator.registerMigration("v10: import flags resolved") { db in
            try SchemaV10.create(db)
        }
        migrator.registerMigration("v11: decide-by triggers only when needed") { db in
            try SchemaV11.create(db)
        }
        return migrator
    }

    /// One row: who this store belongs to. The subject secret keys the HMAC that turns a typed ID
    /// number into the pseudonymous subject used by sign-in attempts and the journal.
    private static func createInstallation(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE installation (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                origin_id TEXT NOT NULL CHECK (length(origin_id) BETWEEN 1 AND 64),
                is_demo INTEGER NOT NULL CHECK (is_demo IN (0, 1)),
                created_at TEXT NOT NULL,
                subject_secret BLOB NOT NULL CHECK (length(subject_secret) = 32)
            ) STRICT
            """)
    }

    /// The insured-person registry and, beside it, each person's card PIN as a salted scrypt hash
    /// with the cost it was made with, so that costs can rise later without breaking old hashes.
    private static func createRegistry(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE insured_person (
                id_number TEXT NOT NULL PRIMARY KEY
                    CONSTRAINT id_number_is_18_upper_case_characters
                    CHECK (length(id_number) = 18 AND id_number = upper(id_number)),
                name TEXT NOT NULL
                    CONSTRAINT name_is_not_empty CHECK (length(name) > 0),
                insurance_kind TEXT NOT NULL
                    CONSTRAINT insurance_kind_is_employee_resident_or_none
                    CHECK (insurance_kind IN ('employee', 'resident', 'none')),
                insurance_status TEXT NOT NULL
                    CONSTRAINT insurance_status_is_active_suspended_or_frozen
                    CHECK (insurance_status IN ('active', 'suspended', 'frozen')),
                region_code TEXT NOT NULL
                    CONSTRAINT region_code_is_6_digits
                    CHECK (length(region_code) = 6 AND region_code NOT GLOB '*[^0-9]*'),
                balance_fen INTEGER NOT NULL
                    CONSTRAINT balance_is_not_negative CHECK (balance_fen >= 0),
                carried_over_balance_fen INTEGER NOT NULL
                    CONSTRAINT carried_over_balance_is_part_of_the_balance
                    CHECK (carried_over_balance_fen BETWEEN 0 AND balance_fen),
                mobile TEXT
            ) STRICT
            """)
        try db.execute(sql: """
            CREATE TABLE pin_credential (
                id_number TEXT NOT NULL PRIMARY KEY
                    REFERENCES insured_person(id_number) ON DELETE CASCADE,
                algorithm TEXT NOT NULL CHECK (algorithm = 'scrypt'),
                salt BLOB NOT NULL CHECK (length(salt) >= 16),
                hash BLOB NOT NULL CHECK (length(hash) >= 16),
                cost_n INTEGER NOT NULL CHECK (cost_n > 1),
                cost_r INTEGER NOT NULL CHECK (cost_r >= 1),
                cost_p INTEGER NOT NULL CHECK (cost_p >= 1)
            ) STRICT
            """)
    }

    /// Failed sign-ins per subject (never per ID number in clear), for ID numbers the registry
    /// knows and for those it does not, so that both behave alike.
    private static func createSignInAttempts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE sign_in_attempt (
                subject TEXT NOT NULL PRIMARY KEY CHECK (length(subject) = 64),
                failures INTEGER NOT NULL CHECK (failures >= 0),
                locked_until TEXT
            ) STRICT
            """)
    }

    /// The append-only journal: one hash chain per origin, keyed (origin, sequence), so that the
    /// central office can merge the chains of many installations into one table unchanged.
    /// The triggers make "append-only" a property of the file, not a promise of the code.
    private static func createJournal(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE journal_event (
                origin TEXT NOT NULL CHECK (length(origin) BETWEEN 1 AND 64),
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                kind TEXT NOT NULL CHECK (length(kind) > 0),
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                recorded_at TEXT NOT NULL,
                prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
                hash TEXT NOT NULL CHECK (length(hash) = 64),
                PRIMARY KEY (origin, sequence)
            ) STRICT, WITHOUT ROWID
            """)
        try db.execute(sql: """
            CREATE TRIGGER journal_event_is_never_updated
            BEFORE UPDATE ON journal_event
            BEGIN
                SELECT RAISE(ABORT, 'the journal is append-only: an event can never be changed');
            END
            """)
        try db.execute(sql: """
            CREATE TRIGGER journal_event_is_never_deleted
            BEFORE DELETE ON journal_event
            BEGIN
                SELECT RAISE(ABORT, 'the journal is append-only: an event can never be deleted');
            END
            """)
    }
}

extension StoreSchema {
    /// Throws `notAGongjiStore` unless the file is empty or carries gongji's application ID, so
    /// that a wrong `--store` path never gets gongji's tables added to someone else's database.
    ///
    /// GRDB makes its `grdb_migrations` table before the first migration's transaction, so a new
    /// store killed in between holds only that table, empty: it is still a new store, not another
    /// program's, and opening it again runs the migrations.
    static func checkBelongsToGongji(_ db: Database, path: String) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID == Self.applicationID { return }
        let hasTables = try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations')
            """) ?? false
        let hasMigrations = try db.tableExists("grdb_migrations")
            && (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations)") ?? false)
        if applicationID != 0 || hasTables || hasMigrations {
            throw KioskStoreError.notAGongjiStore(path: path)
        }
    }
}
