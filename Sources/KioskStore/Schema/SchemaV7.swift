import GRDB

/// Migration v7: what travels between a counter or kiosk and the central office, as signed
/// bundles. Like the others, SQL only, and never changed once shipped.
///
/// - `signing_key`: this installation's Ed25519 key, made once; bundles it writes are signed
///   with it, and the central office knows it by its public half.
/// - `trusted_origin`: the installations whose bundles this store accepts, by public key.
/// - `bundle_export` / `bundle_import`: the journal ranges sent and received, so that the next
///   export starts where the last ended and an import already applied changes nothing.
/// - `import_conflict`: members a bundle could not apply as they came (bound meanwhile, a limit
///   now exceeded, decided on both sides), waiting in the review queue until a person decides.
/// - `application.taken_in_by`: the operator who took an application in at a counter, so that
///   another reviewer decides it (DOMAIN.md: four eyes at the counter).
/// - `registry_relationship`: the relationships the central office's last registry bundle listed,
///   so that a counter's checks (a member already bound, the sharer's places) see pairs bound
///   elsewhere; `registry_import` the snapshots taken, so an older one never replaces a newer.
enum SchemaV7 {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE signing_key (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                algorithm TEXT NOT NULL CHECK (algorithm = 'ed25519'),
                private_key BLOB NOT NULL CHECK (length(private_key) = 32),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                created_at TEXT NOT NULL
            ) STRICT;

            CREATE TABLE trusted_origin (
                origin TEXT NOT NULL PRIMARY KEY CHECK (length(origin) BETWEEN 1 AND 64),
                public_key BLOB NOT NULL CHECK (length(public_key) = 32),
                trusted_at TEXT NOT NULL,
                trusted_by TEXT NOT NULL
            ) STRICT;

            CREATE TABLE bundle_export (
                to_sequence INTEGER NOT NULL PRIMARY KEY,
                from_sequence INTEGER NOT NULL CHECK (from_sequence BETWEEN 1 AND to_sequence),
                chain_head TEXT NOT NULL CHECK (length(chain_head) = 64),
                bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
                exported_at TEXT NOT NULL,
                exported_by TEXT NOT NULL
            ) STRICT;

            CREATE TABLE bundle_import (
                origin TEXT NOT NULL CHECK (length(origin) BETWEEN 1 AND 64),
                to_sequence INTEGER NOT NULL,
                from_sequence INTEGER NOT NULL CHECK (from_sequence BETWEEN 1 AND to_sequence),
                chain_head TEXT NOT NULL CHECK (length(chain_head) = 64),
                bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                applications INTEGER NOT NULL CHECK (applications >= 0),
                conflicts INTEGER NOT NULL CHECK (conflicts >= 0),
                PRIMARY KEY (origin, to_sequence)
            ) STRICT;

            CREATE TABLE import_conflict (
                application_number TEXT NOT NULL,
                position INTEGER NOT NULL,
                reasons TEXT NOT NULL CHECK (json_valid(reasons)),
                origin TEXT NOT NULL,
                found_at TEXT NOT NULL,
                resolved_at TEXT,
                PRIMARY KEY (application_number, position),
                FOREIGN KEY (application_number, position)
                    REFERENCES application_member (application_number, position) ON DELETE CASCADE
            ) STRICT;
            CREATE INDEX import_conflict_open ON import_conflict (found_at) WHERE resolved_at IS NULL;

            ALTER TABLE application ADD COLUMN taken_in_by TEXT
                CHECK (taken_in_by IS NULL OR (length(taken_in_by) BETWEEN 2 AND 32 AND taken_in_by = lower(taken_in_by)));

            CREATE TABLE registry_relationship (
                sharer_id TEXT NOT NULL CHECK (length(sharer_id) = 18),
                member_id TEXT NOT NULL CHECK (length(member_id) = 18),
                state TEXT NOT NULL CHECK (state IN ('scheduled', 'active', 'ended')),
                start_on TEXT NOT NULL,
                end_on TEXT,
                PRIMARY KEY (sharer_id, member_id, start_on),
                CHECK (sharer_id <> member_id)
            ) STRICT;
            CREATE INDEX registry_relationship_by_member ON registry_relationship (member_id, state);

            CREATE TABLE registry_import (
                origin TEXT NOT NULL CHECK (length(origin) BETWEEN 1 AND 64),
                snapshot_at TEXT NOT NULL,
                bundle_sha256 TEXT NOT NULL CHECK (length(bundle_sha256) = 64),
                imported_at TEXT NOT NULL,
                imported_by TEXT NOT NULL,
                persons INTEGER NOT NULL CHECK (persons >= 0),
                relationships INTEGER NOT NULL CHECK (relationships >= 0),
                PRIMARY KEY (origin, snapshot_at)
            ) STRICT;
            """)
    }
}
