import Foundation
import GRDB

/// How one batch of a registry file changed the registry.
public struct RegistryBatchCounts: Hashable, Sendable {
    /// People the registry did not know.
    public var inserted: Int
    /// People it knew, whose registry facts were replaced.
    public var updated: Int

    public init(inserted: Int, updated: Int) {
        self.inserted = inserted
        self.updated = updated
    }
}

extension KioskDatabase {
    /// Writes one batch of checked registry entries in one write transaction with one journal
    /// event: an unknown ID number is added, a known one has every registry fact replaced by the
    /// entry's. A card PIN is never touched (no row is deleted or replaced, so no credential goes
    /// with it), and nothing else refers to these columns. Either the whole batch is saved with
    /// its event, or nothing of it.
    ///
    /// The statements are prepared once per connection and reused for every row, so that a
    /// bureau's millions of people load in seconds; a batch of some thousands keeps each write
    /// short enough that kiosks on the same store only wait a moment.
    ///
    /// `refused` is the number of the file's rows refused since the previous batch, for the
    /// journal. Requires an operator whose role allows `.maintainRegistry`.
    @discardableResult
    public func importRegistryBatch(
        _ people: [InsuredPersonRecord], refused: Int, by operator: AuthenticatedOperator, now: Date
    ) throws -> RegistryBatchCounts {
        try `operator`.require(.maintainRegistry)
        return try write { db in
            let installation = try InstallationRecord.fetchRequired(db)
            let insert = try db.cachedStatement(sql: """
                INSERT INTO insured_person (name, insurance_kind, insurance_status, region_code, balance_fen,
                    carried_over_balance_fen, mobile, id_number)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id_number) DO NOTHING
                """)
            let update = try db.cachedStatement(sql: """
                UPDATE insured_person SET name = ?, insurance_kind = ?, insurance_status = ?, region_code = ?,
                    balance_fen = ?, carried_over_balance_fen = ?, mobile = ?
                WHERE id_number = ?
                """)
            var counts = RegistryBatchCounts(inserted: 0, updated: 0)
            for person in people {
                let arguments: StatementArguments = [
                    person.name, person.insuranceKind, person.insuranceStatus, person.regionCode, person.balanceFen,
                    person.carriedOverBalanceFen, person.mobile, InsuredPersonRecord.normalizedIDNumber(person.idNumber),
                ]
                // A first load is mostly new people: try the insert first, update when it was known.
                try insert.execute(arguments: arguments)
                if db.changesCount == 1 {
                    counts.inserted += 1
                } else {
                    try update.execute(arguments: arguments)
                    counts.updated += 1
                }
            }
            try Journal.append(
                db, origin: installation.originID, kind: .registryImported,
                payload: RegistryImported(by: `operator`.id, inserted: counts.inserted, updated: counts.updated, refused: refused),
                at: now)
            return counts
        }
    }
}

/// What the journal says about a batch: how many, and who loaded them; never whom.
private struct RegistryImported: Encodable {
    var by: String
    var inserted: Int
    var updated: Int
    var refused: Int
}
