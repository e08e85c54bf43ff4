import FamilyAid
import Foundation
import GRDB

/// A row of `application`: the full application as JSON, and the columns that are queried.
struct ApplicationRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "application"

    var number: String
    var origin: String
    var sequence: Int
    var sharerID: String
    var status: String
    var channel: String
    var profileID: String
    var profileVersion: Int
    var createdAt: Date
    var updatedAt: Date
    var content: String

    enum CodingKeys: String, CodingKey {
        case number, origin, sequence, status, channel, content
        case sharerID = "sharer_id"
        case profileID = "profile_id"
        case profileVersion = "profile_version"
        case createdAt = "created_at"
        case updatedAt = "updated_at"
    }

    init(number: ApplicationNumber, application: SharingApplication, createdAt: Date) throws {
        self.number = number.text
        origin = number.origin
        sequence = number.sequence
        sharerID = application.sharer.number
        status = application.status.rawValue
        channel = application.channel.rawValue
        profileID = application.judgedBy.id
        profileVersion = application.judgedBy.version
        self.createdAt = createdAt
        updatedAt = createdAt
        content = try StoredJSON.text(application)
    }

    var application: SharingApplication {
        get throws { try StoredJSON.value(SharingApplication.self, from: content) }
    }

    /// The application's row, or `applicationNotFound`.
    static func fetchRequired(_ db: Database, number: ApplicationNumber) throws -> ApplicationRecord {
        guard let record = try fetchOne(db, key: number.text) else {
            throw KioskStoreError.applicationNotFound(number: number.text)
        }
        return record
    }

    /// Saves `application` (changed by a command) with its status and members' stages.
    mutating func save(_ db: Database, _ application: SharingApplication, now: Date) throws {
        status = application.status.rawValue
        content = try StoredJSON.text(application)
        updatedAt = now
        try update(db)
        for (position, member) in application.members.enumerated() {
            try db.execute(sql: """
                UPDATE application_member SET stage = ?, member_id = ?, guardian_id = ?
                WHERE application_number = ? AND position = ?
                """, arguments: [
                    member.lifecycle.state.stage.rawValue, member.details.id.number, member.details.guardian?.number,
                    number, position,
                ])
        }
    }
}

/// A row of `application_member`: who, their guardian where one confirms, and at which stage.
struct ApplicationMemberRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "application_member"

    var applicationNumber: String
    var position: Int
    var memberID: String
    var guardianID: String?
    var stage: String
    var requestedQuotaFen: Int64?
    var paymentRank: Int
    var allowedUses: String

    enum CodingKeys: String, CodingKey {
        case position, stage
        case applicationNumber = "application_number"
        case memberID = "member_id"
        case guardianID = "guardian_id"
        case requestedQuotaFen = "requested_quota_fen"
        case paymentRank = "payment_rank"
        case allowedUses = "allowed_uses"
    }

    init(number: ApplicationNumber, position: Int, member: ApplicationMember, mode: PaymentMode) throws {
        applicationNumber = number.text
        self.position = position
        memberID = member.details.id.number
        guardianID = member.details.guardian?.number
        stage = member.lifecycle.state.stage.rawValue
        requestedQuotaFen = mode.quota?.fen
        paymentRank = mode.paymentRank
        allowedUses = try StoredJSON.text(mode.allowedUses.map(\.rawValue).sorted())
    }

    var paymentMode: PaymentMode {
        get throws {
            let uses = try StoredJSON.value([String].self, from: allowedUses).compactMap(SharedUse.init(rawValue:))
            return PaymentMode(quota: requestedQuotaFen.map(Money.init(fen:)), paymentRank: paymentRank, allowedUses: Set(uses))
        }
    }

    static func fetchRequired(_ db: Database, number: ApplicationNumber, position: Int) throws -> ApplicationMemberRecord {
        guard let record = try fetchOne(db, key: ["application_number": number.text, "position": position]) else {
            throw KioskStoreError.noSuchMember(index: position)
        }
        return record
    }
}

/// A row of `proof_reference`.
struct ProofReferenceRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "proof_reference"

    var applicationNumber: String
    var position: Int
    var ordinal: Int
    var kind: String
    var documentNumber: String?
    var contentSHA256: String?
    var sighted = false

    enum CodingKeys: String, CodingKey {
        case position, ordinal, kind, sighted
        case applicationNumber = "application_number"
        case documentNumber = "document_number"
        case contentSHA256 = "content_sha256"
    }

    var proof: ProofReference? {
        ProofKind(rawValue: kind).map {
            ProofReference(kind: $0, documentNumber: documentNumber, contentSHA256: contentSHA256, sighted: sighted)
        }
    }
}

extension ProofReferenceRecord {
    init(number: String, position: Int, ordinal: Int, proof: ProofReference) {
        applicationNumber = number
        self.position = position
        self.ordinal = ordinal
        kind = proof.kind.rawValue
        documentNumber = proof.documentNumber
        contentSHA256 = proof.contentSHA256
        sighted = proof.sighted
    }

    /// Rows carried by bundles made before v9 have no `sighted`: they were not.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        applicationNumber = try container.decode(String.self, forKey: .applicationNumber)
        position = try container.decode(Int.self, forKey: .position)
        ordinal = try container.decode(Int.self, forKey: .ordinal)
        kind = try container.decode(String.self, forKey: .kind)
        documentNumber = try container.decodeIfPresent(String.self, forKey: .documentNumber)
        contentSHA256 = try container.decodeIfPresent(String.self, forKey: .contentSHA256)
        sighted = try container.decodeIfPresent(Bool.self, forKey: .sighted) ?? false
    }
}

/// A row of `commitment_signature`.
struct CommitmentSignatureRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "commitment_signature"

    var applicationNumber: String
    var signerID: String
    var signedAt: Date
    var channel: String
    var letterVersion: String?
    var contentSHA256: String?
    var paperFormNumber: String?

    enum CodingKeys: String, CodingKey {
        case channel
        case applicationNumber = "application_number"
        case signerID = "signer_id"
        case signedAt = "signed_at"
        case letterVersion = "letter_version"
        case contentSHA256 = "content_sha256"
        case paperFormNumber = "paper_form_number"
    }

    init(number: ApplicationNumber, signature: CommitmentSignature) {
        applicationNumber = number.text
        signerID = signature.signer.number
        signedAt = signature.signedAt
        channel = signature.channel.rawValue
        switch signature.letter {
        case .onScreen(let version, let hash):
            letterVersion = version
            contentSHA256 = hash
        case .paper(let formNumber):
            paperFormNumber = formNumber
        }
    }

    var signature: CommitmentSignature? {
        guard let signer = try? StoredJSON.residentID(signerID), let channel = ApplicationChannel(rawValue: channel) else { return nil }
        let letter: CommitmentSignature.Letter
        if let paperFormNumber {
            letter = .paper(formNumber: paperFormNumber)
        } else if let letterVersion, let contentSHA256 {
            letter = .onScreen(version: letterVersion, contentSHA256: contentSHA256)
        } else {
            return nil
        }
        return CommitmentSignature(signer: signer, signedAt: signedAt, channel: channel, letter: letter)
    }
}

/// How domain values are kept as JSON in `content` columns: sorted keys, so equal values give
/// equal text.
enum StoredJSON {
    // One decoder for every value: making one costs more than decoding a small value. It is
    // safe to share between threads.
    private static let decoder = JSONDecoder()

    /// The text `JSONEncoder` writes with sorted keys and unescaped slashes, from the faster
    /// `SortedJSONEncoder` (seeding encodes millions of values).
    static func text(_ value: some Encodable) throws -> String {
        try SortedJSONEncoder.text(value)
    }

    static func value<T: Decodable>(_ type: T.Type, from text: String) throws -> T {
        try decoder.decode(type, from: Data(text.utf8))
    }

    /// A stored ID number read back as a domain value (checked again, except against the clock).
    static func residentID(_ number: String) throws -> ResidentID {
        try value(ResidentID.self, from: text(number))
    }
}
