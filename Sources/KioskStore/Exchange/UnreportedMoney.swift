import FamilyAid
import Foundation
import GRDB

/// What this installation's own events after the central office's last import of them did to
/// personal accounts, in the order they did it: the payments it made (settlements, refunds,
/// premiums), the quotas its relationships set aside, and the unused quotas given back when a
/// person here ended a relationship. The central office's balances do not hold these yet, so a
/// registry taken from it is corrected by them. An ending both offices make by themselves (an
/// end date passing, a dissolution swept on each side) is in the central office's balances
/// already, and is left out.
enum UnreportedMoney {
    static func accountChanges(_ db: Database, installation: InstallationRecord, after through: Int64) throws -> [BalanceChanges.AccountChange] {
        var changes: [BalanceChanges.AccountChange] = []
        for event in try ExchangedEvent.fetchAll(db, origin: installation.originID, after: through) {
            changes += try ExchangedPayment.fetchAll(db, recordedBy: [event], installation: installation)
                .flatMap { try $0.balanceChanges.accounts }
            changes += try quotaChanges(db, recordedBy: event)
        }
        return changes
    }

    /// The endings only a person at one office makes, which the other learns of by bundle.
    private static let endingsMadeHere: Set<String> = [RelationshipEventKind.unbindBySharer.rawValue, RelationshipEventKind.memberLeaves.rawValue]

    /// A quota set aside when a relationship began, or its unused part given back when it ended.
    private static func quotaChanges(_ db: Database, recordedBy event: ExchangedEvent) throws -> [BalanceChanges.AccountChange] {
        let payload = Data(event.payload.utf8)
        switch JournalEventKind(rawValue: event.kind) {
        case .relationshipBegun:
            let begun = try JSONDecoder().decode(QuotaStep.self, from: payload)
            guard begun.quotaFen != nil, let record = try RelationshipRecord.fetchOne(db, key: begun.relationship) else { return [] }
            return try record.assignments.flatMap(\.balanceChanges.accounts)
        case .relationshipChanged:
            var changes: [BalanceChanges.AccountChange] = []
            for step in JournalPayloadList.decode(QuotaStep.self, from: payload) where step.event.map(endingsMadeHere.contains) == true {
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
    var event: String?
}
