import FamilyAid
import Foundation
import GRDB

/// What this installation's own events after the central office's last import of them did to
/// personal accounts: the payments it made (settlements, refunds, premiums) and the quotas its
/// relationships set aside or gave back. The central office's balances do not hold these yet,
/// so a registry taken from it is corrected by them.
enum UnreportedMoney {
    static func accountChanges(_ db: Database, installation: InstallationRecord, after through: Int64) throws -> [BalanceChanges.AccountChange] {
        let events = try ExchangedEvent.fetchAll(db, origin: installation.originID, after: through)
        var changes = try ExchangedPayment.fetchAll(db, recordedBy: events, installation: installation)
            .flatMap { try $0.balanceChanges.accounts }
        for event in events {
            changes += try quotaChanges(db, recordedBy: event)
        }
        return changes
    }

    /// A quota set aside when a relationship began, or its unused part given back when it ended.
    private static func quotaChanges(_ db: Database, recordedBy event: ExchangedEvent) throws -> [BalanceChanges.AccountChange] {
        let payload = Data(event.payload.utf8)
        switch JournalEventKind(rawValue: event.kind) {
        case .relationshipBegun:
            let begun = try JSONDecoder().decode(QuotaStep.self, from: payload)
            guard begun.quotaFen != nil, let record = try RelationshipRecord.fetchOne(db, key: begun.relationship) else { return [] }
            return try record.assignments.flatMap(\.balanceChanges.accounts)
        case .relationshipChanged, .relationshipsDissolved:
            var changes: [BalanceChanges.AccountChange] = []
            for step in JournalPayloadList.decode(QuotaStep.self, from: payload) {
                guard let fen = step.quotaReturnedFen, let on = step.on.flatMap(CivilDate.init),
                      let record = try RelationshipRecord.fetchOne(db, key: step.relationship) else { continue }
                let assignments = try record.assignments
                guard let sharer = assignments.first?.sharer else { continue }
                let back = try SharingQuota.returnUnused(Money(fen: fen), of: assignments, to: .none(sharer), on: on)
                changes += back.balanceChanges.accounts
            }
            return changes
        default:
            return []
        }
    }
}

/// What a relationship event says about its quota, as far as repeating it needs.
private struct QuotaStep: Decodable {
    var relationship: Int64
    var quotaFen: Int64?
    var quotaReturnedFen: Int64?
    var on: String?
}
