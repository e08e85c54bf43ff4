import FamilyAid
import Foundation
import GRDB

/// What became of one payment a batch carried.
enum PaymentRepetition: Equatable {
    case applied
    /// This store holds the same payment already (a batch that overlaps one imported before).
    case alreadyHeld
    case refused(ConflictReason)
}

extension KioskDatabase {
    /// Repeats the payments of `batch` whose events are new here, after its applications (so
    /// that the relationships they went through have begun). A payment refused is counted and
    /// its member flagged; a payment that is not what its event says refuses the whole batch.
    static func repeatPayments(
        of batch: ExchangeBatch, newEvents: [ExchangedEvent], into outcome: inout ImportOutcome, db: Database, now: Date
    ) throws {
        let new = Set(newEvents.map(\.sequence))
        let events = Dictionary(uniqueKeysWithValues: batch.events.map { ($0.sequence, $0) })
        for payment in batch.payments {
            guard let event = events[payment.sequence], (try? payment.isRecorded(by: event)) == true else {
                throw ExchangeRefusal.malformedPayment(sequence: payment.sequence)
            }
            guard new.contains(payment.sequence) else { continue }
            switch try repeatPayment(payment, db: db, now: now) {
            case .applied:
                outcome.paymentsApplied += 1
            case .alreadyHeld:
                break
            case .refused(let reason):
                var flagged: ImportConflict?
                if let member = payment.flagAt,
                   try ApplicationMemberRecord.exists(db, key: ["application_number": member.number, "position": member.position]) {
                    flagged = ImportConflict(number: member.number, memberPosition: member.position, reasons: [reason])
                }
                outcome.paymentsRefused.append(RefusedPayment(summary: payment.row.summary, reason: reason, flagged: flagged))
                if let flagged { outcome.conflicts.append(flagged) }
            }
        }
    }

    /// Repeats the balance changes of a payment another installation made on this store's
    /// accounts and quotas, and records the payment and its ledger transaction: all of it in a
    /// savepoint, or none of it. A payment this store holds differently (the same premium paid
    /// here too, another bill under the number), a refund of a bill never settled here, or one
    /// these accounts cannot give (spent here meanwhile) is refused, never forced.
    static func repeatPayment(_ payment: ExchangedPayment, db: Database, now: Date) throws -> PaymentRepetition {
        if let held = try heldContent(of: payment.row, db: db) {
            return held == payment.row.content ? .alreadyHeld : .refused(.paymentDiffers)
        }
        if case .refund(let record) = payment.row {
            guard let settled = try SettlementRecord.fetchOne(db, key: record.billNumber) else { return .refused(.billNotHere) }
            let previous = try RefundRecord.filter(sql: "bill_number = ?", arguments: [record.billNumber]).fetchAll(db).map { try $0.refund }
            // Refunded here too under another number: the bill cannot give back more than it took.
            guard try record.refund.amount <= settled.settlement.refundable(after: previous) else { return .refused(.paymentDiffers) }
        }
        let changes = try payment.balanceChanges
        let ledger = try payment.ledger
        do {
            try db.inSavepoint {
                for change in changes.accounts {
                    let account = try RegistryAccounts.account(db, change.holder, role: "account holder")
                    guard let after = account.applying(change) else { throw CannotRepeat() }
                    try RegistryAccounts.save(db, after)
                }
                for change in changes.quotas {
                    guard var record = try relationshipInForce(db, sharer: change.sharer, member: change.member) else { throw CannotRepeat() }
                    var relationship = try record.relationship
                    try relationship.apply(
                        change.unused.isNegative ? .useQuota(-change.unused) : .refundQuota(change.unused), on: ledger.date)
                    try record.set(relationship)
                    try record.update(db)
                }
                try payment.row.insert(db)
                try LedgerRows.append(db, ledger, beneficiary: try payment.beneficiary, now: now)
                return .commit
            }
        } catch let error as DatabaseError {
            throw error
        } catch {
            // Not enough here, no such account or relationship here, a quota the rules refuse.
            return .refused(.accountShort)
        }
        return .applied
    }

    /// The stored content of the row `row` would be, if this store holds one under its key.
    private static func heldContent(of row: ExchangedPayment.Row, db: Database) throws -> String? {
        switch row {
        case .premium(let record):
            try PremiumPaymentRecord.fetchOne(db, key: ["member_id": record.memberID, "kind": record.kind, "coverage_year": record.coverageYear])?.content
        case .settlement(let record):
            try SettlementRecord.fetchOne(db, key: record.billNumber)?.content
        case .refund(let record):
            try RefundRecord.fetchOne(db, key: ["bill_number": record.billNumber, "refund_number": record.refundNumber])?.content
        }
    }
}

private struct CannotRepeat: Error {}

extension ExchangedPayment.Row {
    var content: String {
        switch self {
        case .premium(let record): record.content
        case .settlement(let record): record.content
        case .refund(let record): record.content
        }
    }

    func insert(_ db: Database) throws {
        switch self {
        case .premium(let record): try record.insert(db)
        case .settlement(let record): try record.insert(db)
        case .refund(let record): try record.insert(db)
        }
    }

    /// The journal event kind that records a payment of this kind.
    var eventKind: JournalEventKind {
        switch self {
        case .premium: .premiumPaid
        case .settlement: .billSettled
        case .refund: .billRefunded
        }
    }

    /// What the payment is, in words without a person's ID number.
    var summary: String {
        switch self {
        case .premium(let record): "premium \(record.kind) \(record.coverageYear)"
        case .settlement(let record): "bill \(record.billNumber)"
        case .refund(let record): "refund \(record.refundNumber) of bill \(record.billNumber)"
        }
    }
}
