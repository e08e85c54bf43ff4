import FamilyAid
import Foundation
import GRDB

/// The registry's rows as the domain's values, and the personal-account balances that money
/// commands change in the same transaction as their ledger entries.
enum RegistryAccounts {
    /// The registry's facts about `id`, or `personNotInRegistry(role)`.
    static func person(_ db: Database, _ id: ResidentID, role: String) throws -> InsuredPerson {
        guard let record = try InsuredPersonRecord.fetchOne(db, key: id.number),
              let insurance = InsuranceKind(rawValue: record.insuranceKind),
              let status = InsuranceStatus(rawValue: record.insuranceStatus),
              let region = PoolingRegion(code: record.regionCode)
        else { throw KioskStoreError.personNotInRegistry(role: role) }
        return InsuredPerson(
            id: id, name: PersonName(record.name), insurance: insurance, status: status, region: region,
            accountBalance: Money(fen: record.balanceFen), carriedOverBalance: Money(fen: record.carriedOverBalanceFen),
            mobile: record.mobile.flatMap(MobileNumber.init))
    }

    /// The personal account of `id` as the registry holds it.
    static func account(_ db: Database, _ id: ResidentID, role: String) throws -> PersonalAccount {
        PersonalAccount(try person(db, id, role: role))
    }

    /// Writes `account`'s balances back to the registry.
    static func save(_ db: Database, _ account: PersonalAccount) throws {
        try db.execute(sql: """
            UPDATE insured_person SET balance_fen = ?, carried_over_balance_fen = ? WHERE id_number = ?
            """, arguments: [account.balance.fen, account.carriedOver.fen, account.holder.number])
        guard db.changesCount == 1 else { throw KioskStoreError.personNotInRegistry(role: "account holder") }
    }
}

/// Writing the domain's ledger transactions: one `ledger_transaction` row, one `ledger_entry` row
/// per posting.
enum LedgerRows {
    /// Appends `transaction`, made for `beneficiary` (the member the money moved for).
    static func append(_ db: Database, _ transaction: LedgerTransaction, beneficiary: ResidentID, now: Date) throws {
        let reference = try StoredJSON.text(transaction.reference)
        try db.execute(sql: """
            INSERT INTO ledger_transaction (kind, transaction_date, reference, recorded_at) VALUES (?, ?, ?, ?)
            """, arguments: [transaction.kind.rawValue, transaction.date.description, reference, now])
        let id = db.lastInsertedRowID
        for entry in transaction.entries {
            let (kind, holder, quotaMember) = columns(of: entry.account)
            try db.execute(sql: """
                INSERT INTO ledger_entry (transaction_id, account, account_kind, account_holder, quota_member_id,
                    beneficiary_id, change_fen, kind, entry_date, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [
                    id, try StoredJSON.text(entry.account), kind, holder, quotaMember, beneficiary.number,
                    entry.change.fen, entry.kind.rawValue, entry.date.description, reference,
                ])
        }
    }

    private static func columns(of account: LedgerAccount) -> (String, String, String?) {
        switch account {
        case .personalAccount(let id): ("personalAccount", id.number, nil)
        case .quota(let sharer, let member): ("quota", sharer.number, member.number)
        case .payee(let payee): ("payee", payee.rawValue, nil)
        case .cash(let id): ("cash", id.number, nil)
        }
    }
}
