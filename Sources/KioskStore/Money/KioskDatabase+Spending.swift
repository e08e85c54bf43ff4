import FamilyAid
import Foundation
import GRDB

extension KioskDatabase {
    /// 消费明细 of a sharer: what their account or quota paid for members (bills and
    /// contributions), and what refunds gave back, dated from `from` through `to`, in order.
    public func spending(ofSharer sharer: ResidentID, from: CivilDate, to: CivilDate) throws -> [SpendingRow] {
        try read { db in
            try Self.spendingRows(db, where: "account_holder = ? AND beneficiary_id <> account_holder", sharer, from: from, to: to)
        }
    }

    /// 消费明细 of a member: what sharers' money paid for them, and what refunds gave back.
    public func spending(forMember member: ResidentID, from: CivilDate, to: CivilDate) throws -> [SpendingRow] {
        try read { db in
            try Self.spendingRows(db, where: "beneficiary_id = ? AND account_holder <> beneficiary_id", member, from: from, to: to)
        }
    }

    private static func spendingRows(
        _ db: Database, where condition: String, _ person: ResidentID, from: CivilDate, to: CivilDate
    ) throws -> [SpendingRow] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT entry_date, kind, reference, account_kind, account_holder, beneficiary_id, change_fen
            FROM ledger_entry
            WHERE \(condition)
              AND account_kind IN ('personalAccount', 'quota')
              AND kind IN ('settlement', 'refund', 'premium')
              AND entry_date BETWEEN ? AND ?
            ORDER BY entry_date, id
            """, arguments: [person.number, from.description, to.description])
        return try rows.map { row in
            let kind: String = row["kind"]
            let accountKind: String = row["account_kind"]
            let date: String = row["entry_date"]
            return SpendingRow(
                date: CivilDate(date) ?? from,
                kind: LedgerEntryKind(rawValue: kind) ?? .settlement,
                reference: try StoredJSON.value(LedgerReference.self, from: row["reference"]),
                sharer: try StoredJSON.residentID(row["account_holder"]),
                member: try StoredJSON.residentID(row["beneficiary_id"]),
                amount: Money(fen: -(row["change_fen"] as Int64)),
                fromQuota: accountKind == "quota")
        }
    }
}
