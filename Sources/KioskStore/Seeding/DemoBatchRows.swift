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

    /// The rows of `batch`, its applications' made in `parts` parts at once, one per core: the
    /// encoding is most of seeding's work, and with the writer it still leaves a core idle part
    /// of the time. The parts are joined in order, so the rows are the same however many.
    public init(_ batch: DemoDataBatch, parts: Int = 1) throws {
        people = batch.families.flatMap(\.people)
        accounts = batch.accounts
        applications = try Self.rows(of: batch.applications, parts: parts)
        relationships = applications.count { $0.relationship != nil }
    }

    private static func rows(of seeded: [DemoApplication], parts: Int) throws -> [Application] {
        guard parts > 1, seeded.count >= 2 * parts else { return try seeded.map(rows) }
        let size = (seeded.count + parts - 1) / parts
        let made = PartResults<[Application]>(count: parts)
        DispatchQueue.concurrentPerform(iterations: parts) { part in
            let range = part * size..<min(seeded.count, (part + 1) * size)
            made.set(part, Result { try seeded[range].map(rows) })
        }
        return try made.joined()
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

/// What each part of a `concurrentPerform` made, kept by part.
private final class PartResults<Value: RangeReplaceableCollection>: @unchecked Sendable {
    // Each part writes only its own slot, and `joined` reads them after every part has returned;
    // the slots are plain memory, so no part's write touches another's.
    private let results: UnsafeMutableBufferPointer<Result<Value, any Error>>

    init(count: Int) {
        results = .allocate(capacity: count)
        results.initialize(repeating: .success(Value()))
    }

    deinit {
        results.deinitialize()
        results.deallocate()
    }

    func set(_ part: Int, _ result: Result<Value, any Error>) { results[part] = result }

    func joined() throws -> Value {
        var all = Value()
        for result in results { all.append(contentsOf: try result.get()) }
        return all
    }
}
