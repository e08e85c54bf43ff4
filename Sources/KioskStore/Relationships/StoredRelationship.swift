import FamilyAid
import Foundation
import GRDB

/// A sharing relationship as the store keeps it: its row ID, the domain value with its history,
/// the payment rank among the member's sharers (支付顺位, 1 first), the uses the sharer's money
/// may pay, and the application member it came from.
public struct StoredRelationship: Hashable, Sendable {
    public var id: Int64
    public var relationship: SharingRelationship
    public var paymentRank: Int
    public var allowedUses: Set<SharedUse>
    public var application: ApplicationNumber?
    public var memberIndex: Int?
}

/// A row of `relationship`.
struct RelationshipRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "relationship"

    var id: Int64?
    var applicationNumber: String?
    var memberPosition: Int?
    var sharerID: String
    var memberID: String
    var state: String
    var approvedOn: String
    var startOn: String
    var endOn: String?
    var endedOn: String?
    var quotaAssignedFen: Int64?
    var quotaUsedFen: Int64?
    var paymentRank: Int
    var allowedUses: String
    var content: String
    var quotaAssignments: String

    enum CodingKeys: String, CodingKey {
        case id, state, content
        case applicationNumber = "application_number"
        case memberPosition = "member_position"
        case sharerID = "sharer_id"
        case memberID = "member_id"
        case approvedOn = "approved_on"
        case startOn = "start_on"
        case endOn = "end_on"
        case endedOn = "ended_on"
        case quotaAssignedFen = "quota_assigned_fen"
        case quotaUsedFen = "quota_used_fen"
        case paymentRank = "payment_rank"
        case allowedUses = "allowed_uses"
        case quotaAssignments = "quota_assignments"
    }

    init(_ relationship: SharingRelationship, application: ApplicationNumber?, memberIndex: Int?, mode: PaymentMode,
         assignments: [QuotaAssignment]) throws {
        applicationNumber = application?.text
        memberPosition = memberIndex
        sharerID = relationship.sharer.id.number
        memberID = relationship.member.id.number
        approvedOn = relationship.approvedOn.description
        startOn = relationship.start.description
        endOn = relationship.end?.description
        paymentRank = mode.paymentRank
        allowedUses = try StoredJSON.text(mode.allowedUses.map(\.rawValue).sorted())
        quotaAssignments = try StoredJSON.text(assignments)
        state = ""
        content = ""
        try set(relationship)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Takes the relationship's current state, quota and history.
    mutating func set(_ relationship: SharingRelationship) throws {
        state = relationship.state.stage.rawValue
        if case .ended(let ending) = relationship.state { endedOn = ending.on.description } else { endedOn = nil }
        quotaAssignedFen = relationship.quota?.assigned.fen
        quotaUsedFen = relationship.quota?.used.fen
        content = try StoredJSON.text(relationship)
    }

    var relationship: SharingRelationship {
        get throws { try StoredJSON.value(SharingRelationship.self, from: content) }
    }

    var assignments: [QuotaAssignment] {
        get throws { try StoredJSON.value([QuotaAssignment].self, from: quotaAssignments) }
    }

    var uses: Set<SharedUse> {
        get throws { Set(try StoredJSON.value([String].self, from: allowedUses).compactMap(SharedUse.init(rawValue:))) }
    }

    var stored: StoredRelationship {
        get throws {
            StoredRelationship(
                id: id ?? 0, relationship: try relationship, paymentRank: paymentRank, allowedUses: try uses,
                application: try applicationNumber.map { try ApplicationNumber.parse($0) }, memberIndex: memberPosition)
        }
    }

    static func fetchRequired(_ db: Database, id: Int64) throws -> RelationshipRecord {
        guard let record = try fetchOne(db, key: id) else { throw KioskStoreError.relationshipNotFound(id: id) }
        return record
    }
}
