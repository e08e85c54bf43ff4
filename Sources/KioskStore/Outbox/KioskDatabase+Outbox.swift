import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Every message in the outbox, in the order written (by origin, then count).
    public func outboxMessages() throws -> [OutboxMessage] {
        try read { db in
            try OutboxMessageRecord.order(sql: "origin, sequence").fetchAll(db).map { try $0.message }
        }
    }

    /// How many messages are in each state; every state is listed, with 0 where there are none.
    public func outboxCounts() throws -> [OutboxMessage.State: Int] {
        try read { db in
            var counts = Dictionary(uniqueKeysWithValues: OutboxMessage.State.allCases.map { ($0, 0) })
            for row in try Row.fetchAll(db, sql: "SELECT state, count(*) AS n FROM outbox_message GROUP BY state") {
                if let state = OutboxMessage.State(rawValue: row["state"]) { counts[state] = row["n"] }
            }
            return counts
        }
    }

    /// The messages to hand to the gateway at `now`: every pending one, and those handed over at
    /// least `resendAfter` ago without a receipt (sent again with the same ID, so the gateway can
    /// drop a duplicate). In the order written.
    public func outboxMessagesDue(at now: Date, resendAfter: TimeInterval) throws -> [OutboxMessage] {
        try read { db in
            try OutboxMessageRecord
                .filter(sql: "state = 'pending' OR (state = 'handedOver' AND handed_over_at <= ?)", arguments: [now.addingTimeInterval(-resendAfter)])
                .order(sql: "origin, sequence")
                .fetchAll(db)
                .map { try $0.message }
        }
    }

    /// Records that the messages `ids` were handed to the gateway at `now` (one more attempt
    /// each), in one transaction journaled with the operator's ID and the counts. Call it only
    /// once the file the gateway reads is safely written. A message that got its receipt
    /// meanwhile is left as it is. Returns how many were marked.
    @discardableResult
    public func markHandedOver(_ ids: [String], at now: Date, by acting: AuthenticatedOperator) throws -> (count: Int, resent: Int) {
        try acting.require(.administer)
        return try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var count = 0
            var resent = 0
            for id in Set(ids).sorted() {
                guard var record = try OutboxMessageRecord.fetchOne(db, key: id),
                      record.state == OutboxMessage.State.pending.rawValue || record.state == OutboxMessage.State.handedOver.rawValue
                else { continue }
                if record.attempts > 0 { resent += 1 }
                record.state = OutboxMessage.State.handedOver.rawValue
                record.handedOverAt = now
                record.attempts += 1
                try record.update(db)
                count += 1
            }
            if count > 0 {
                try Journal.append(
                    db, origin: installation.originID, kind: .outboxHandedOver,
                    payload: HandedOver(count: count, resent: resent, by: acting.id), at: now)
            }
            return (count, resent)
        }
    }

    /// Applies the gateway's delivery receipts in one transaction, journaled with the counts.
    /// A receipt moves a message handed over to delivered or failed, and a failed one to
    /// delivered (the gateway tried again); a delivery stands whatever comes after it. Receipts
    /// that repeat what is known change nothing, so a file taken twice is harmless; receipts for
    /// unknown messages or for messages never handed over are reported, not applied.
    public func acknowledgeMessages(_ receipts: [OutboxReceipt], at now: Date, by acting: AuthenticatedOperator) throws -> OutboxAcknowledgement {
        try acting.require(.administer)
        return try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            var outcome = OutboxAcknowledgement()
            for receipt in receipts {
                let refused = OutboxAcknowledgement.Refused(line: receipt.line, messageID: receipt.messageID)
                guard var record = try OutboxMessageRecord.fetchOne(db, key: receipt.messageID) else {
                    outcome.unknown.append(refused)
                    continue
                }
                switch (OutboxMessage.State(rawValue: record.state), receipt.status) {
                case (.handedOver, _), (.failed, .delivered):
                    record.state = (receipt.status == .delivered ? OutboxMessage.State.delivered : .failed).rawValue
                    record.receiptAt = receipt.at ?? now
                    try record.update(db)
                    if receipt.status == .delivered { outcome.delivered += 1 } else { outcome.failed += 1 }
                case (.delivered, _), (.failed, .failed):
                    outcome.unchanged += 1
                default:
                    outcome.notHandedOver.append(refused)
                }
            }
            if outcome.changed > 0 {
                try Journal.append(
                    db, origin: installation.originID, kind: .outboxAcknowledged,
                    payload: Acknowledged(
                        delivered: outcome.delivered, failed: outcome.failed, unchanged: outcome.unchanged,
                        unknown: outcome.unknown.count, notHandedOver: outcome.notHandedOver.count, by: acting.id),
                    at: now)
            }
            return outcome
        }
    }
}

private struct HandedOver: Encodable {
    var count: Int
    var resent: Int
    var by: String
}

private struct Acknowledged: Encodable {
    var delivered: Int
    var failed: Int
    var unchanged: Int
    var unknown: Int
    var notHandedOver: Int
    var by: String
}
