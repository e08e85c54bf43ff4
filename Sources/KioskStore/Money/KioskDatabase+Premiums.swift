import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// 家庭共济缴费: pays a member's contribution from `sharer`'s account (or, under N26, the
    /// quota for this member), through a relationship in force on the request's day. The
    /// member's insurance is taken from the registry, not from the request. Refusals are the
    /// domain's `PremiumRefusal`, or `noRelationshipInForce`; they change nothing. `servedBy` is the
    /// counter clerk who pays it on the sharer's behalf, journaled with the payment.
    @discardableResult
    public func payPremium(
        _ request: PremiumRequest, sharer: ResidentID, profile: PolicyProfile, servedBy clerk: OperatorID? = nil, now: Date
    ) throws -> PremiumReceipt {
        try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let member = try RegistryAccounts.person(db, request.member, role: "member")
            var request = request
            request.memberInsurance = member.insurance
            guard var record = try Self.relationshipsInForce(db, member: request.member, on: request.date)
                .first(where: { $0.sharerID == sharer.number })
            else { throw KioskStoreError.noRelationshipInForce }
            let position = try Self.position(db, record, profile: profile)
            let alreadyPaid = try PremiumPaymentRecord.filter(sql: "member_id = ?", arguments: [request.member.number])
                .fetchAll(db).map { try $0.receipt.paid }
            let receipt = try PremiumPayment.pay(request, from: position, profile: profile, alreadyPaid: alreadyPaid)

            switch receipt.source {
            case .account: try RegistryAccounts.save(db, receipt.sharerAfter.account)
            case .quota(let amount):
                var relationship = try record.relationship
                try relationship.apply(.useQuota(amount), on: request.date)
                try record.set(relationship)
                try record.update(db)
            }
            try PremiumPaymentRecord(receipt, now: now).insert(db)
            try LedgerRows.append(db, receipt.ledger, beneficiary: request.member, now: now)
            try Journal.append(
                db, origin: installation.originID, kind: .premiumPaid,
                payload: PremiumPaid(
                    sharer: installation.subject(sharer), member: installation.subject(request.member),
                    kind: request.kind.rawValue, coverageYear: request.coverageYear, amountFen: receipt.paid.amount.fen,
                    operator: clerk?.text),
                at: now)
            return receipt
        }
    }

    /// The contributions paid for this member, by coverage year.
    public func premiums(forMember member: ResidentID) throws -> [PaidPremium] {
        try read { db in
            try PremiumPaymentRecord.filter(sql: "member_id = ?", arguments: [member.number])
                .order(sql: "coverage_year, kind").fetchAll(db).map { try $0.receipt.paid }
        }
    }
}

private struct PremiumPaid: Encodable {
    var sharer: String
    var member: String
    var kind: String
    var coverageYear: Int
    var amountFen: Int64
    /// The counter clerk who paid it for the sharer; absent at a kiosk.
    var `operator`: String?
}
