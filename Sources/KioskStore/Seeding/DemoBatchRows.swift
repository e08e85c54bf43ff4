import FamilyAid
import Foundation

/// A batch of seeded demo data turned into the rows the store keeps, every JSON column encoded.
/// Making these is most of seeding's work and touches no database, so `gongji seed` makes the
/// next batch's rows on one core while the writer stores this batch's on the other.
public struct DemoBatchRows: Sendable {
    /// One application's rows: the application, its member, proof and signature, and for an
    /// approval the relationship and the ledger's transactions (the quota set aside, and given
    /// back where it has ended).
    struct Application: Sendable {
        var application: ApplicationRecord
        var members: [ApplicationMemberRecord]
        var proof: ProofReferenceRecord?
        var signature: CommitmentSignatureRecord
        var relationship: RelationshipRecord?
        var ledger: [LedgerRows.Encoded]
    }

    let people: [InsuredPerson]
    let applications: [Application]
    let accounts: [PersonalAccount]
    let relationships: Int

    public init(_ batch: DemoDataBatch) throws {
        people = batch.families.flatMap(\.people)
        accounts = batch.accounts
        applications = try batch.applications.map(Self.rows)
        relationships = applications.count { $0.relationship != nil }
    }

    public var familyCount: Int { people.count / DemoDataPlan.familySize }
    public var applicationCount: Int { applications.count }

    /// What the seeded kiosk applications say was signed: a fixed stand-in for the letter's hash.
    static let demoLetterHash = String(repeating: "d0", count: 32)

    private static func rows(_ seeded: DemoApplication) throws -> Application {
        let number = seeded.number
        var application = try ApplicationRecord(number: number, application: seeded.application, createdAt: seeded.createdAt)
        application.updatedAt = seeded.updatedAt
        let mode = PaymentMode(quota: seeded.quota)
        let channel = seeded.application.channel
        let letter: CommitmentSignature.Letter = channel == .counter
            ? .paper(formNumber: "CN-\(number.text)")
            : .onScreen(version: "2026.1", contentSHA256: demoLetterHash)
        var relationship: RelationshipRecord?
        var ledger: [LedgerRows.Encoded] = []
        if let begun = seeded.relationship, let member = seeded.application.members.first?.details.id {
            relationship = try RelationshipRecord(
                begun.relationship, application: number, memberIndex: 0, mode: mode, assignments: [begun.assignment])
            ledger.append(try LedgerRows.Encoded(begun.assignment.ledger, beneficiary: member, now: seeded.updatedAt))
            if let returned = begun.returned {
                ledger.append(try LedgerRows.Encoded(returned.ledger, beneficiary: member, now: seeded.updatedAt))
            }
        }
        return Application(
            application: application,
            members: try seeded.application.members.enumerated().map { position, member in
                try ApplicationMemberRecord(number: number, position: position, member: member, mode: mode)
            },
            proof: seeded.proof.map { proof in
                ProofReferenceRecord(
                    applicationNumber: number.text, position: 0, ordinal: 0, kind: proof.kind.rawValue,
                    documentNumber: proof.documentNumber, contentSHA256: nil)
            },
            signature: CommitmentSignatureRecord(
                number: number,
                signature: CommitmentSignature(signer: seeded.application.sharer, signedAt: seeded.createdAt, channel: channel, letter: letter)),
            relationship: relationship,
            ledger: ledger)
    }
}
