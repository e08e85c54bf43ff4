import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// The page cache of the connection that seeds, in KiB.
    static let seedingCacheKiB = 512 * 1_024

    /// Writes one batch of seeded demo data in one write transaction with one journal event of
    /// counts: the families into the registry, or the applications with their members, proofs,
    /// signatures, relationships and quotas (ledger included) and the sharers' accounts after them.
    /// A demo store only, so fictional data never mixes with real people. A batch is whole or
    /// absent, so a seeding stopped midway leaves a store that verifies.
    public func writeDemoBatch(_ batch: DemoDataBatch, now: Date) throws {
        try writeDemoBatch(DemoBatchRows(batch), now: now)
    }

    /// `writeDemoBatch` for rows already made (`DemoBatchRows`), so the writer only writes: every
    /// row goes through one cached statement per table, with no record encoding on the way.
    public func writeDemoBatch(_ rows: DemoBatchRows, now: Date) throws {
        let origin = try demoOrigin()
        try write { db in
            try Self.useSeedingCache(db)
            try SeedStatements(db).insert(rows, origin: origin, now: now, db)
        }
    }

    /// Writes every batch `next` makes, until it makes none, each as `writeDemoBatch` would.
    ///
    /// Into a store other programs may have open, each batch is a transaction of its own. Into a
    /// new store that `gongji seed` opened alone (`openNewForSeeding`), all of them are one
    /// transaction: the tables' own indexes are dropped at its start and made again at its end
    /// (SQLite's DDL is transactional), because a million applications' rows land all over a
    /// score of indexes of hundreds of megabytes, and building an index from the finished table
    /// is one sort instead. Stopped midway, by an error or a kill, the transaction rolls back,
    /// indexes included, to the store as it was before seeding. `indexing` hears when the last
    /// batch is written and the indexes are being made.
    public func writeDemoBatches(now: Date, indexing: () -> Void = {}, _ next: () throws -> DemoBatchRows?) throws {
        guard isNewForSeeding else {
            while let rows = try next() { try writeDemoBatch(rows, now: now) }
            return
        }
        let origin = try demoOrigin()
        try write { db in
            try Self.useSeedingCache(db)
            let indexes = try SeededTableIndexes.drop(db)
            let statements = try SeedStatements(db)
            while let rows = try next() { try statements.insert(rows, origin: origin, now: now, db) }
            indexing()
            // Sorting for the indexes may use the second core, free now that no batch is made.
            try db.execute(sql: "PRAGMA threads = 2")
            try indexes.create(db)
        }
        try writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
    }

    /// The origin a demo store's seeding journals under; a real store is refused.
    private func demoOrigin() throws -> String {
        guard let installation = try installation() else { throw KioskStoreError.notInstalled }
        guard installation.isDemo else { throw KioskStoreError.notADemoStore }
        return installation.originID
    }

    /// A million applications make indexes of hundreds of megabytes, and new rows land all over
    /// them: with SQLite's default 2 MB of cache most inserts read a page back from the file and
    /// push another out. Seeding is a process of its own, so its connection may keep a large cache.
    private static func useSeedingCache(_ db: Database) throws {
        try db.execute(sql: "PRAGMA cache_size = -\(seedingCacheKiB)")
    }
}

/// The indexes the schema declares on the tables seeding fills, dropped while they are filled
/// and made again from their own SQL afterwards. While they are gone seeding looks rows up only
/// by primary key (an account's holder, a trigger's member row), whose indexes stay. Their unique
/// constraints are checked when they are made again: a seeded row that broke one would fail the
/// whole seeding.
private struct SeededTableIndexes {
    static let tables = [
        "insured_person", "application", "application_member", "proof_reference", "commitment_signature", "relationship",
        "ledger_transaction", "ledger_entry",
    ]
    let statements: [String]

    static func drop(_ db: Database) throws -> SeededTableIndexes {
        let rows = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(databaseQuestionMarks(count: tables.count)))
            ORDER BY rowid
            """, arguments: StatementArguments(tables))
        for row in rows {
            let name: String = row["name"]
            try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
        }
        return SeededTableIndexes(statements: rows.map { $0["sql"] })
    }

    func create(_ db: Database) throws {
        for sql in statements { try db.execute(sql: sql) }
    }
}

/// The prepared statements seeding writes through, one per table, bound column by column
/// straight to SQLite.
private struct SeedStatements {
    let person: SeedRowStatement
    let application: SeedRowStatement
    let member: SeedRowStatement
    let proof: SeedRowStatement
    let signature: SeedRowStatement
    let relationship: SeedRowStatement
    let transaction: SeedRowStatement
    let entry: SeedRowStatement
    let account: SeedRowStatement

    init(_ db: Database) throws {
        person = try SeedRowStatement(db, sql: """
            INSERT INTO insured_person (id_number, name, insurance_kind, insurance_status, region_code, balance_fen,
                carried_over_balance_fen, mobile)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        application = try SeedRowStatement(db, sql: """
            INSERT INTO application (number, origin, sequence, sharer_id, status, channel, profile_id, profile_version,
                created_at, updated_at, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        member = try SeedRowStatement(db, sql: """
            INSERT INTO application_member (application_number, position, member_id, guardian_id, stage, requested_quota_fen,
                payment_rank, allowed_uses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        proof = try SeedRowStatement(db, sql: """
            INSERT INTO proof_reference (application_number, position, ordinal, kind, document_number, content_sha256)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        signature = try SeedRowStatement(db, sql: """
            INSERT INTO commitment_signature (application_number, signer_id, signed_at, channel, letter_version,
                content_sha256, paper_form_number)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        relationship = try SeedRowStatement(db, sql: """
            INSERT INTO relationship (application_number, member_position, sharer_id, member_id, state, approved_on, start_on,
                end_on, ended_on, quota_assigned_fen, quota_used_fen, payment_rank, allowed_uses, content, quota_assignments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        transaction = try SeedRowStatement(db, sql: LedgerRows.Encoded.transactionInsert)
        entry = try SeedRowStatement(db, sql: LedgerRows.Encoded.entryInsert)
        account = try SeedRowStatement(db, sql: RegistryAccounts.update)
    }

    /// A batch's rows, the sharers' accounts after them, and the batch's journal event of counts.
    func insert(_ rows: DemoBatchRows, origin: String, now: Date, _ db: Database) throws {
        for person in rows.people { try insert(person) }
        for application in rows.applications { try insert(application, db) }
        for account in rows.accounts { try save(account) }
        try Journal.append(
            db, origin: origin, kind: .demoSeeded,
            payload: DemoSeeded(people: rows.people.count, applications: rows.applications.count, relationships: rows.relationships),
            at: now)
    }

    /// As `RegistryAccounts.save`.
    func save(_ account: PersonalAccount) throws {
        let changed = try self.account.run { row in
            row.bind(account.balance.fen); row.bind(account.carriedOver.fen); row.bind(account.holder.number)
        }
        guard changed == 1 else { throw KioskStoreError.personNotInRegistry(role: "account holder") }
    }

    func insert(_ person: InsuredPerson) throws {
        try self.person.insert { row in
            row.bind(person.id.number); row.bind(person.name.text); row.bind(person.insurance.rawValue)
            row.bind(person.status.rawValue); row.bind(person.region.code); row.bind(person.accountBalance.fen)
            row.bind(person.carriedOverBalance.fen); row.bind(person.mobile?.digits)
        }
    }

    func insert(_ rows: DemoBatchRows.Application, _ db: Database) throws {
        let a = rows.application
        try application.insert { row in
            row.bind(a.number); row.bind(a.origin); row.bind(a.sequence); row.bind(a.sharerID); row.bind(a.status)
            row.bind(a.channel); row.bind(a.profileID); row.bind(a.profileVersion); row.bind(a.createdAt)
            row.bind(a.updatedAt); row.bind(a.content)
        }
        for m in rows.members {
            try member.insert { row in
                row.bind(m.applicationNumber); row.bind(m.position); row.bind(m.memberID); row.bind(m.guardianID)
                row.bind(m.stage); row.bind(m.requestedQuotaFen); row.bind(m.paymentRank); row.bind(m.allowedUses)
            }
        }
        if let p = rows.proof {
            try proof.insert { row in
                row.bind(p.applicationNumber); row.bind(p.position); row.bind(p.ordinal); row.bind(p.kind)
                row.bind(p.documentNumber); row.bind(p.contentSHA256)
            }
        }
        let s = rows.signature
        try signature.insert { row in
            row.bind(s.applicationNumber); row.bind(s.signerID); row.bind(s.signedAt); row.bind(s.channel)
            row.bind(s.letterVersion); row.bind(s.contentSHA256); row.bind(s.paperFormNumber)
        }
        if let r = rows.relationship {
            try relationship.insert { row in
                row.bind(r.applicationNumber); row.bind(r.memberPosition); row.bind(r.sharerID); row.bind(r.memberID)
                row.bind(r.state); row.bind(r.approvedOn); row.bind(r.startOn); row.bind(r.endOn); row.bind(r.endedOn)
                row.bind(r.quotaAssignedFen); row.bind(r.quotaUsedFen); row.bind(r.paymentRank); row.bind(r.allowedUses)
                row.bind(r.content); row.bind(r.quotaAssignments)
            }
        }
        for ledger in rows.ledger { try ledger.insert(db, transaction: transaction, entry: entry) }
    }
}

private struct DemoSeeded: Encodable {
    var people: Int
    var applications: Int
    var relationships: Int
}
