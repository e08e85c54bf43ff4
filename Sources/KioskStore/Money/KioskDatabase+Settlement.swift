import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// Settles a member's bill at a designated hospital or pharmacy: the member's own account
    /// (from the registry), then the sharers of the relationships in force on the bill's day, in
    /// the profile's order, then cash. Balances, quotas, the settlement and its ledger entries
    /// are written in one transaction. A bill number is settled once; the domain's refusals
    /// (`SettlementError`) change nothing. The journal names `recordedBy`, the operator who
    /// entered the bill, so an audit finds it among their work; nil where no operator did.
    @discardableResult
    public func settle(_ bill: Bill, profile: PolicyProfile, recordedBy: OperatorID? = nil, now: Date) throws -> Settlement {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard try SettlementRecord.fetchOne(db, key: bill.number) == nil else {
                throw KioskStoreError.billAlreadySettled(number: bill.number)
            }
            let member = try RegistryAccounts.person(db, bill.member, role: "member")
            let ownAccount = member.insurance == .employee && member.status == .active ? PersonalAccount(member) : .none(member.id)
            var inForce = try Self.relationshipsInForce(db, member: bill.member, on: bill.date)
            let positions = try inForce.map { try Self.position(db, $0, profile: profile) }
            let settlement = try Settlement.settle(bill, ownAccount: ownAccount, sharers: positions, profile: profile)

            try Self.book(db, settlement, relationships: &inForce)
            try SettlementRecord(settlement, now: now).insert(db)
            try LedgerRows.append(db, settlement.ledger, beneficiary: bill.member, now: now)
            try Journal.append(
                db, origin: installation.originID, kind: .billSettled,
                payload: BillSettled(
                    bill: bill.number, member: installation.subject(bill.member), use: bill.use.rawValue,
                    amountFen: bill.amount.fen, ownAccountFen: settlement.ownAccountPaid.fen,
                    sharersFen: settlement.sharersPaid.fen, cashFen: settlement.cash.fen, by: recordedBy?.text),
                at: now)
            return settlement
        }
    }

    /// Writes what `settlement` took: the member's own account, each sharer's account, or the
    /// quota counted in the relationship it was drawn from.
    private static func book(_ db: Database, _ settlement: Settlement, relationships: inout [RelationshipRecord]) throws {
        if settlement.ownAccountPaid.isPositive { try RegistryAccounts.save(db, settlement.ownAccountAfter) }
        for payment in settlement.sharerPayments {
            switch payment.source {
            case .account:
                if let after = settlement.sharersAfter.first(where: { $0.sharer == payment.sharer }) {
                    try RegistryAccounts.save(db, after.account)
                }
            case .quota(let amount):
                guard let index = relationships.firstIndex(where: { $0.sharerID == payment.sharer.number }) else { continue }
                var relationship = try relationships[index].relationship
                try relationship.apply(.useQuota(amount), on: settlement.bill.date)
                try relationships[index].set(relationship)
                try relationships[index].update(db)
            }
        }
    }

    /// Refunds `amount` of a settled bill (退费) by the route it came: cash first, then the
    /// sharers (last payer first; into the quota while the relationship still holds one,
    /// otherwise into the account), then the member's own account. The journal names
    /// `recordedBy`, as for a settlement.
    @discardableResult
    public func refund(
        bill billNumber: String, amount: Money, refundNumber: String, date: CivilDate, recordedBy: OperatorID? = nil, now: Date
    ) throws -> SettlementRefund {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            guard let record = try SettlementRecord.fetchOne(db, key: billNumber) else {
                throw KioskStoreError.billNotFound(number: billNumber)
            }
            let settlement = try record.settlement
            let previous = try RefundRecord.filter(sql: "bill_number = ?", arguments: [billNumber])
                .order(sql: "recorded_at, refund_number").fetchAll(db).map { try $0.refund }
            let ownAccount = try RegistryAccounts.account(db, settlement.bill.member, role: "member")
            let (positions, quotas) = try Self.refundPositions(db, of: settlement)
            let refund = try settlement.refund(
                amount, number: refundNumber, date: date, after: previous, ownAccount: ownAccount, sharers: positions)

            if refund.toOwnAccount.total.isPositive { try RegistryAccounts.save(db, refund.ownAccountAfter) }
            for back in refund.toSharers {
                if case .quota(let amount) = back.source, var record = quotas[back.sharer.number] {
                    var relationship = try record.relationship
                    try relationship.apply(.refundQuota(amount), on: date)
                    try record.set(relationship)
                    try record.update(db)
                } else if let after = refund.sharersAfter.first(where: { $0.sharer == back.sharer }) {
                    try RegistryAccounts.save(db, after.account)
                }
            }
            try RefundRecord(refund, now: now).insert(db)
            try LedgerRows.append(db, refund.ledger, beneficiary: settlement.bill.member, now: now)
            try Journal.append(
                db, origin: installation.originID, kind: .billRefunded,
                payload: BillRefunded(bill: billNumber, refund: refundNumber, amountFen: amount.fen, by: recordedBy?.text), at: now)
            return refund
        }
    }

    /// Each sharer who paid toward `settlement`, as they stand now: their account, and the quota
    /// for this member where the relationship still holds one (keyed by the sharer's ID number).
    private static func refundPositions(
        _ db: Database, of settlement: Settlement
    ) throws -> ([SharerPosition], [String: RelationshipRecord]) {
        var quotas: [String: RelationshipRecord] = [:]
        var positions: [SharerPosition] = []
        for payment in settlement.sharerPayments where !positions.contains(where: { $0.sharer == payment.sharer }) {
            let account = try RegistryAccounts.account(db, payment.sharer, role: "sharer")
            var quotaRemaining: Money?
            if case .quota = payment.source,
               let record = try relationshipInForce(db, sharer: payment.sharer, member: settlement.bill.member),
               let quota = try record.relationship.quota {
                quotaRemaining = quota.unused
                quotas[payment.sharer.number] = record
            }
            positions.append(SharerPosition(account: account, quotaRemaining: quotaRemaining, paymentRank: 1, boundOn: settlement.bill.date))
        }
        return (positions, quotas)
    }

    /// The settlement of this bill, or nil.
    public func settlement(bill number: String) throws -> Settlement? {
        try read { db in try SettlementRecord.fetchOne(db, key: number)?.settlement }
    }

    /// The refunds of this bill, in the order made.
    public func refunds(ofBill number: String) throws -> [SettlementRefund] {
        try read { db in
            try RefundRecord.filter(sql: "bill_number = ?", arguments: [number])
                .order(sql: "recorded_at, refund_number").fetchAll(db).map { try $0.refund }
        }
    }

    /// The refunds of this member's bills dated from `from` through `to`, in date order.
    public func refunds(forMember member: ResidentID, from: CivilDate, to: CivilDate) throws -> [SettlementRefund] {
        try read { db in
            try RefundRecord.filter(sql: """
                bill_number IN (SELECT bill_number FROM settlement WHERE member_id = ?) AND refund_date BETWEEN ? AND ?
                """, arguments: [member.number, from.description, to.description])
                .order(sql: "refund_date, recorded_at").fetchAll(db).map { try $0.refund }
        }
    }

    /// The active relationships of `member` that cover `date`, oldest first.
    static func relationshipsInForce(_ db: Database, member: ResidentID, on date: CivilDate) throws -> [RelationshipRecord] {
        try RelationshipRecord.filter(sql: """
            member_id = ? AND state = 'active' AND start_on <= ? AND (end_on IS NULL OR end_on >= ?)
            """, arguments: [member.number, date.description, date.description])
            .order(sql: "id").fetchAll(db)
    }

    /// The relationship in force (scheduled or active) between the two, if any.
    static func relationshipInForce(_ db: Database, sharer: ResidentID, member: ResidentID) throws -> RelationshipRecord? {
        try RelationshipRecord.filter(sql: "sharer_id = ? AND member_id = ? AND state <> 'ended'", arguments: [sharer.number, member.number])
            .fetchOne(db)
    }

    /// The sharer of `record` as settlement sees them. A sharer whose employee insurance is not
    /// in force (suspended, frozen, ended) has no money to move while it lasts.
    static func position(_ db: Database, _ record: RelationshipRecord, profile: PolicyProfile) throws -> SharerPosition {
        let relationship = try record.relationship
        let sharer = try RegistryAccounts.person(db, relationship.sharer.id, role: "sharer")
        let inForce = sharer.insurance == .employee && sharer.status == .active
        let quota = profile.usesQuotas ? (inForce ? relationship.quota?.unused : .zero) : nil
        return SharerPosition(
            account: inForce ? PersonalAccount(sharer) : .none(sharer.id), allowedUses: try record.uses, quotaRemaining: quota,
            paymentRank: record.paymentRank, boundOn: relationship.approvedOn)
    }
}

private struct BillSettled: Encodable {
    var bill: String
    var member: String
    var use: String
    var amountFen: Int64
    var ownAccountFen: Int64
    var sharersFen: Int64
    var cashFen: Int64
    /// Left out when nil: the journal names no operator where none was at work.
    var by: String?
}

private struct BillRefunded: Encodable {
    var bill: String
    var refund: String
    var amountFen: Int64
    var by: String?
}
