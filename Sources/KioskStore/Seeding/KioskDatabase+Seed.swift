import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Writes one batch of seeded demo data in one write transaction with one journal event of
    /// counts: the families into the registry, or the applications with their members, proofs,
    /// signatures, relationships and quotas (ledger included) and the sharers' accounts after them.
    /// A demo store only, so fictional data never mixes with real people. A batch is whole or
    /// absent, so a seeding stopped midway leaves a store that verifies.
    public func writeDemoBatch(_ batch: DemoDataBatch, now: Date) throws {
        guard let installation = try installation() else { throw KioskStoreError.notInstalled }
        guard installation.isDemo else { throw KioskStoreError.notADemoStore }
        try write { db in
            for family in batch.families {
                for person in family.people { try Self.insertPerson(db, person) }
            }
            var relationships = 0
            for seeded in batch.applications {
                try Self.insert(db, seeded)
                if seeded.relationship != nil { relationships += 1 }
            }
            for account in batch.accounts { try RegistryAccounts.save(db, account) }
            try Journal.append(
                db, origin: installation.originID, kind: .demoSeeded,
                payload: DemoSeeded(
                    people: batch.families.count * DemoDataPlan.familySize, applications: batch.applications.count,
                    relationships: relationships),
                at: now)
        }
    }

    private static func insertPerson(_ db: Database, _ person: InsuredPerson) throws {
        let statement = try db.cachedStatement(sql: """
            INSERT INTO insured_person (id_number, name, insurance_kind, insurance_status, region_code, balance_fen,
                carried_over_balance_fen, mobile)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        try statement.execute(arguments: [
            person.id.number, person.name.text, person.insurance.rawValue, person.status.rawValue, person.region.code,
            person.accountBalance.fen, person.carriedOverBalance.fen, person.mobile?.digits,
        ])
    }

    private static func insert(_ db: Database, _ seeded: DemoApplication) throws {
        let number = seeded.number
        var record = try ApplicationRecord(number: number, application: seeded.application, createdAt: seeded.createdAt)
        record.updatedAt = seeded.updatedAt
        try record.insert(db)
        let mode = PaymentMode(quota: seeded.quota)
        for (position, member) in seeded.application.members.enumerated() {
            try ApplicationMemberRecord(number: number, position: position, member: member, mode: mode).insert(db)
        }
        if let proof = seeded.proof {
            try ProofReferenceRecord(
                applicationNumber: number.text, position: 0, ordinal: 0, kind: proof.kind.rawValue,
                documentNumber: proof.documentNumber, contentSHA256: nil
            ).insert(db)
        }
        let channel = seeded.application.channel
        let letter: CommitmentSignature.Letter = channel == .counter
            ? .paper(formNumber: "CN-\(number.text)")
            : .onScreen(version: "2026.1", contentSHA256: Self.demoLetterHash)
        try CommitmentSignatureRecord(
            number: number,
            signature: CommitmentSignature(signer: seeded.application.sharer, signedAt: seeded.createdAt, channel: channel, letter: letter)
        ).insert(db)
        guard let begun = seeded.relationship, let member = seeded.application.members.first?.details.id else { return }
        var relationship = try RelationshipRecord(
            begun.relationship, application: number, memberIndex: 0, mode: mode, assignments: [begun.assignment])
        try relationship.insert(db)
        try LedgerRows.append(db, begun.assignment.ledger, beneficiary: member, now: seeded.updatedAt)
        if let returned = begun.returned {
            try LedgerRows.append(db, returned.ledger, beneficiary: member, now: seeded.updatedAt)
        }
    }

    /// What the seeded kiosk applications say was signed: a fixed stand-in for the letter's hash.
    static let demoLetterHash = String(repeating: "d0", count: 32)
}

private struct DemoSeeded: Encodable {
    var people: Int
    var applications: Int
    var relationships: Int
}
