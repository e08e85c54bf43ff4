import FamilyAid
import Foundation
import GRDB

/// A settlement, refund or premium payment an installation made, as its row, with the journal
/// event that records it. The office that imports it repeats its balance changes on its own
/// accounts (`BalanceChanges`), never the balances after, which would overwrite what happened
/// there meanwhile.
struct ExchangedPayment: Codable, Sendable, Equatable {
    enum Row: Codable, Sendable, Equatable {
        case premium(PremiumPaymentRecord)
        case settlement(SettlementRecord)
        case refund(RefundRecord)
    }

    /// The origin's journal event that records the payment.
    var sequence: Int64
    var row: Row
    /// The application member whose relationship the money went through, at the origin: where a
    /// payment that cannot be repeated is flagged for a person.
    var flagAt: ExchangedMemberReference?
}

/// One member of one application, by number and position.
struct ExchangedMemberReference: Codable, Sendable, Equatable, Hashable {
    var number: String
    var position: Int
}

extension ExchangedPayment {
    /// What the payment did to accounts and quotas.
    var balanceChanges: BalanceChanges {
        get throws {
            switch row {
            case .premium(let record): try record.receipt.balanceChanges
            case .settlement(let record): try record.settlement.balanceChanges
            case .refund(let record): try record.refund.balanceChanges
            }
        }
    }

    /// The member the money moved for.
    var beneficiary: ResidentID {
        get throws {
            switch row {
            case .premium(let record): try record.receipt.paid.member
            case .settlement(let record): try record.settlement.bill.member
            case .refund(let record): try record.refund.ownAccountAfter.holder
            }
        }
    }

    var ledger: LedgerTransaction {
        get throws {
            switch row {
            case .premium(let record): try record.receipt.ledger
            case .settlement(let record): try record.settlement.ledger
            case .refund(let record): try record.refund.ledger
            }
        }
    }

    /// The sharers whose relationships the money went through.
    var sharers: [ResidentID] {
        get throws {
            switch row {
            case .premium(let record): [try record.receipt.paid.sharer]
            case .settlement(let record): try record.settlement.sharerPayments.map(\.sharer)
            case .refund(let record): try record.refund.toSharers.map(\.sharer)
            }
        }
    }

    /// The payments the events record, in the events' order: those `events` name that this store
    /// holds (one made here and then lost would be a damaged store, which `verify` reports).
    static func fetchAll(_ db: Database, recordedBy events: [ExchangedEvent], installation: InstallationRecord) throws -> [ExchangedPayment] {
        var payments: [ExchangedPayment] = []
        for event in events {
            guard let row = try row(db, recordedBy: event, installation: installation) else { continue }
            var payment = ExchangedPayment(sequence: event.sequence, row: row, flagAt: nil)
            payment.flagAt = try payment.memberReference(db)
            payments.append(payment)
        }
        return payments
    }

    private static func row(_ db: Database, recordedBy event: ExchangedEvent, installation: InstallationRecord) throws -> Row? {
        let payload = Data(event.payload.utf8)
        switch JournalEventKind(rawValue: event.kind) {
        case .premiumPaid:
            // The journal names the member only by their pseudonym: the year and kind narrow it
            // to a handful of rows, and the pseudonym picks the one.
            let paid = try JSONDecoder().decode(PremiumPaidPayload.self, from: payload)
            return try PremiumPaymentRecord
                .filter(sql: "kind = ? AND coverage_year = ?", arguments: [paid.kind, paid.coverageYear])
                .fetchAll(db)
                .first { SubjectKey(idNumber: $0.memberID, secret: installation.subjectSecret).hex == paid.member }
                .map(Row.premium)
        case .billSettled:
            let settled = try JSONDecoder().decode(BillPayload.self, from: payload)
            return try SettlementRecord.fetchOne(db, key: settled.bill).map(Row.settlement)
        case .billRefunded:
            let refunded = try JSONDecoder().decode(BillPayload.self, from: payload)
            guard let number = refunded.refund else { return nil }
            return try RefundRecord.fetchOne(db, key: ["bill_number": refunded.bill, "refund_number": number]).map(Row.refund)
        default:
            return nil
        }
    }

    /// Whether `event` is the one that records this payment: its kind, and what its payload says
    /// of the bill, the refund or the premium and the amount.
    func isRecorded(by event: ExchangedEvent) throws -> Bool {
        guard event.kind == row.eventKind.rawValue else { return false }
        let payload = Data(event.payload.utf8)
        switch row {
        case .premium(let record):
            let paid = try JSONDecoder().decode(PremiumPaidPayload.self, from: payload)
            return paid.kind == record.kind && paid.coverageYear == record.coverageYear && paid.amountFen == record.amountFen
        case .settlement(let record):
            let settled = try JSONDecoder().decode(BillPayload.self, from: payload)
            return settled.bill == record.billNumber && settled.amountFen == record.amountFen
        case .refund(let record):
            let refunded = try JSONDecoder().decode(BillPayload.self, from: payload)
            return refunded.bill == record.billNumber && refunded.refund == record.refundNumber && refunded.amountFen == record.amountFen
        }
    }

    /// The application member behind the first sharer's relationship with the beneficiary,
    /// the latest one between them.
    func memberReference(_ db: Database) throws -> ExchangedMemberReference? {
        let member = try beneficiary
        for sharer in try sharers {
            let row = try GRDB.Row.fetchOne(db, sql: """
                SELECT application_number, member_position FROM relationship
                WHERE sharer_id = ? AND member_id = ? AND member_position IS NOT NULL ORDER BY id DESC LIMIT 1
                """, arguments: [sharer.number, member.number])
            if let row { return ExchangedMemberReference(number: row["application_number"], position: row["member_position"]) }
        }
        return nil
    }
}

/// What a `money.premium_paid` event says, as far as finding and checking its row needs.
private struct PremiumPaidPayload: Decodable {
    var member: String
    var kind: String
    var coverageYear: Int
    var amountFen: Int64?
}

/// What a `money.settled` or `money.refunded` event says, as far as finding and checking its row needs.
private struct BillPayload: Decodable {
    var bill: String
    var refund: String?
    var amountFen: Int64?
}
