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
        guard let installation = try installation() else { throw KioskStoreError.notInstalled }
        guard installation.isDemo else { throw KioskStoreError.notADemoStore }
        try write { db in
            // A million applications make indexes of hundreds of megabytes, and new rows land all
            // over them: with SQLite's default 2 MB of cache most inserts read a page back from
            // the file and push another out. Seeding is a process of its own, so its connection
            // may keep a large cache.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.seedingCacheKiB)")
            let statements = try SeedStatements(db)
            for person in rows.people { try statements.insert(person) }
            for application in rows.applications { try statements.insert(application, db) }
            for account in rows.accounts { try RegistryAccounts.save(db, account) }
            try Journal.append(
                db, origin: installation.originID, kind: .demoSeeded,
                payload: DemoSeeded(people: rows.people.count, applications: rows.applications.count, relationships: rows.relationships),
                at: now)
        }
    }
}

/// The prepared statements seeding writes through, one per table, bound column by column.
private struct SeedStatements {
    let person: Statement
    let application: Statement
    let member: Statement
    let proof: Statement
    let signature: Statement
    let relationship: Statement

    init(_ db: Database) throws {
        person = try db.cachedStatement(sql: """
            INSERT INTO insured_person (id_number, name, insurance_kind, insurance_status, region_code, balance_fen,
                carried_over_balance_fen, mobile)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        application = try db.cachedStatement(sql: """
            INSERT INTO application (number, origin, sequence, sharer_id, status, channel, profile_id, profile_version,
                created_at, updated_at, content)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        member = try db.cachedStatement(sql: """
            INSERT INTO application_member (application_number, position, member_id, guardian_id, stage, requested_quota_fen,
                payment_rank, allowed_uses)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        proof = try db.cachedStatement(sql: """
            INSERT INTO proof_reference (application_number, position, ordinal, kind, document_number, content_sha256)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        signature = try db.cachedStatement(sql: """
            INSERT INTO commitment_signature (application_number, signer_id, signed_at, channel, letter_version,
                content_sha256, paper_form_number)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        relationship = try db.cachedStatement(sql: """
            INSERT INTO relationship (application_number, member_position, sharer_id, member_id, state, approved_on, start_on,
                end_on, ended_on, quota_assigned_fen, quota_used_fen, payment_rank, allowed_uses, content, quota_assignments)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
    }

    func insert(_ person: InsuredPerson) throws {
        try self.person.execute(arguments: [
            person.id.number, person.name.text, person.insurance.rawValue, person.status.rawValue, person.region.code,
            person.accountBalance.fen, person.carriedOverBalance.fen, person.mobile?.digits,
        ])
    }

    func insert(_ rows: DemoBatchRows.Application, _ db: Database) throws {
        let a = rows.application
        try application.execute(arguments: [
            a.number, a.origin, a.sequence, a.sharerID, a.status, a.channel, a.profileID, a.profileVersion,
            a.createdAt, a.updatedAt, a.content,
        ])
        for m in rows.members {
            try member.execute(arguments: [
                m.applicationNumber, m.position, m.memberID, m.guardianID, m.stage, m.requestedQuotaFen, m.paymentRank, m.allowedUses,
            ])
        }
        if let p = rows.proof {
            try proof.execute(arguments: [p.applicationNumber, p.position, p.ordinal, p.kind, p.documentNumber, p.contentSHA256])
        }
        let s = rows.signature
        try signature.execute(arguments: [
            s.applicationNumber, s.signerID, s.signedAt, s.channel, s.letterVersion, s.contentSHA256, s.paperFormNumber,
        ])
        if let r = rows.relationship {
            try relationship.execute(arguments: [
                r.applicationNumber, r.memberPosition, r.sharerID, r.memberID, r.state, r.approvedOn, r.startOn, r.endOn,
                r.endedOn, r.quotaAssignedFen, r.quotaUsedFen, r.paymentRank, r.allowedUses, r.content, r.quotaAssignments,
            ])
        }
        for transaction in rows.ledger { try transaction.insert(db) }
    }
}

private struct DemoSeeded: Encodable {
    var people: Int
    var applications: Int
    var relationships: Int
}
