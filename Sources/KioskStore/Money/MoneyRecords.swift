import FamilyAid
import Foundation
import GRDB

/// One line of 消费明细: shared money that left (or, for a refund, came back to) a sharer's
/// account or quota for a member.
public struct SpendingRow: Hashable, Sendable {
    public var date: CivilDate
    /// `.settlement`, `.refund` or `.premium`.
    public var kind: LedgerEntryKind
    public var reference: LedgerReference
    public var sharer: ResidentID
    public var member: ResidentID
    /// Positive: paid for the member; negative: given back by a refund.
    public var amount: Money
    /// Whether it came from (or went back to) N26's quota rather than the account itself.
    public var fromQuota: Bool
}

/// A row of `settlement`.
struct SettlementRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "settlement"

    var billNumber: String
    var memberID: String
    var use: String
    var billDate: String
    var amountFen: Int64
    var ownAccountFen: Int64
    var sharersFen: Int64
    var cashFen: Int64
    var profileID: String
    var profileVersion: Int
    var recordedAt: Date
    var content: String

    enum CodingKeys: String, CodingKey {
        case use, content
        case billNumber = "bill_number"
        case memberID = "member_id"
        case billDate = "bill_date"
        case amountFen = "amount_fen"
        case ownAccountFen = "own_account_fen"
        case sharersFen = "sharers_fen"
        case cashFen = "cash_fen"
        case profileID = "profile_id"
        case profileVersion = "profile_version"
        case recordedAt = "recorded_at"
    }

    init(_ settlement: Settlement, now: Date) throws {
        billNumber = settlement.bill.number
        memberID = settlement.bill.member.number
        use = settlement.bill.use.rawValue
        billDate = settlement.bill.date.description
        amountFen = settlement.bill.amount.fen
        ownAccountFen = settlement.ownAccountPaid.fen
        sharersFen = settlement.sharersPaid.fen
        cashFen = settlement.cash.fen
        profileID = settlement.profileID
        profileVersion = settlement.profileVersion
        recordedAt = now
        content = try StoredJSON.text(settlement)
    }

    var settlement: Settlement {
        get throws { try StoredJSON.value(Settlement.self, from: content) }
    }
}

/// A row of `refund`.
struct RefundRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "refund"

    var billNumber: String
    var refundNumber: String
    var refundDate: String
    var amountFen: Int64
    var recordedAt: Date
    var content: String

    enum CodingKeys: String, CodingKey {
        case content
        case billNumber = "bill_number"
        case refundNumber = "refund_number"
        case refundDate = "refund_date"
        case amountFen = "amount_fen"
        case recordedAt = "recorded_at"
    }

    init(_ refund: SettlementRefund, now: Date) throws {
        billNumber = refund.billNumber
        refundNumber = refund.number
        refundDate = refund.date.description
        amountFen = refund.amount.fen
        recordedAt = now
        content = try StoredJSON.text(refund)
    }

    var refund: SettlementRefund {
        get throws { try StoredJSON.value(SettlementRefund.self, from: content) }
    }
}

/// A row of `premium_payment`.
struct PremiumPaymentRecord: Codable, Equatable, Sendable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "premium_payment"

    var memberID: String
    var kind: String
    var coverageYear: Int
    var sharerID: String
    var amountFen: Int64
    var paidOn: String
    var profileID: String
    var profileVersion: Int
    var recordedAt: Date
    var content: String

    enum CodingKeys: String, CodingKey {
        case kind, content
        case memberID = "member_id"
        case coverageYear = "coverage_year"
        case sharerID = "sharer_id"
        case amountFen = "amount_fen"
        case paidOn = "paid_on"
        case profileID = "profile_id"
        case profileVersion = "profile_version"
        case recordedAt = "recorded_at"
    }

    init(_ receipt: PremiumReceipt, now: Date) throws {
        memberID = receipt.paid.member.number
        kind = receipt.paid.kind.rawValue
        coverageYear = receipt.paid.coverageYear
        sharerID = receipt.paid.sharer.number
        amountFen = receipt.paid.amount.fen
        paidOn = receipt.paid.date.description
        profileID = receipt.profileID
        profileVersion = receipt.profileVersion
        recordedAt = now
        content = try StoredJSON.text(receipt)
    }

    var receipt: PremiumReceipt {
        get throws { try StoredJSON.value(PremiumReceipt.self, from: content) }
    }
}
