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
    /// Sets an account's balances: balance, carried over, holder.
    static let update = "UPDATE insured_person SET balance_fen = ?, carried_over_balance_fen = ? WHERE id_number = ?"

    static func save(_ db: Database, _ account: PersonalAccount) throws {
        try db.execute(sql: update, arguments: [account.balance.fen, account.carriedOver.fen, account.holder.number])
        guard db.changesCount == 1 else { throw KioskStoreError.personNotInRegistry(role: "account holder") }
    }
}

/// Writing the domain's ledger transactions: one `ledger_transaction` row, one `ledger_entry` row
/// per posting.
enum LedgerRows {
    /// Appends `transaction`, made for `beneficiary` (the member the money moved for).
    static func append(_ db: Database, _ transaction: LedgerTransaction, beneficiary: ResidentID, now: Date) throws {
        try Encoded(transaction, beneficiary: beneficiary, now: now).insert(db)
    }

    /// A transaction's rows with their JSON columns encoded, ready to insert: seeding encodes
    /// them away from the writer.
    struct Encoded: Sendable {
        struct Entry: Sendable {
            var account: String
            var kind: String
            var holder: String
            var quotaMember: String?
            var change: Int64
            var entryKind: String
            var date: String
        }

        var kind: String
        var date: String
        var reference: String
        var recordedAt: Date
        var beneficiary: String
        var entries: [Entry]

        init(_ transaction: LedgerTransaction, beneficiary: ResidentID, now: Date) throws {
            kind = transaction.kind.rawValue
            date = transaction.date.description
            reference = try StoredJSON.text(transaction.reference)
            recordedAt = now
            self.beneficiary = beneficiary.number
            entries = try transaction.entries.map { entry in
                let (kind, holder, quotaMember) = LedgerRows.columns(of: entry.account)
                return Entry(
                    account: try StoredJSON.text(entry.account), kind: kind, holder: holder, quotaMember: quotaMember,
                    change: entry.change.fen, entryKind: entry.kind.rawValue, date: entry.date.description)
            }
        }

        static let transactionInsert = """
            INSERT INTO ledger_transaction (kind, transaction_date, reference, recorded_at) VALUES (?, ?, ?, ?)
            """
        static let entryInsert = """
            INSERT INTO ledger_entry (transaction_id, account, account_kind, account_holder, quota_member_id,
                beneficiary_id, change_fen, kind, entry_date, reference)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """

        func insert(_ db: Database) throws {
            try db.cachedStatement(sql: Self.transactionInsert).execute(arguments: [kind, date, reference, recordedAt])
            let id = db.lastInsertedRowID
            let statement = try db.cachedStatement(sql: Self.entryInsert)
            for entry in entries {
                try statement.execute(arguments: [
                    id, entry.account, entry.kind, entry.holder, entry.quotaMember, beneficiary, entry.change, entry.entryKind,
                    entry.date, reference,
                ])
            }
        }

        /// `insert(_:)` through seeding's statements, bound straight to SQLite.
        func insert(_ db: Database, transaction: SeedRowStatement, entry entryStatement: SeedRowStatement) throws {
            try transaction.insert { row in
                row.bind(kind); row.bind(date); row.bind(reference); row.bind(recordedAt)
            }
            let id = Int(db.lastInsertedRowID)
            for entry in entries {
                try entryStatement.insert { row in
                    row.bind(id); row.bind(entry.account); row.bind(entry.kind); row.bind(entry.holder); row.bind(entry.quotaMember)
                    row.bind(beneficiary); row.bind(entry.change); row.bind(entry.entryKind); row.bind(entry.date); row.bind(reference)
                }
            }
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
