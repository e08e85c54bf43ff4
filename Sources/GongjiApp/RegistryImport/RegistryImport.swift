import FamilyAid
import Foundation
import KioskStore

/// Loads a bureau's registry file into the store: each row checked completely, a bad one
/// reported with its line and skipped, the good ones written in batches, each batch one write
/// transaction with its journal event. The file is read as a stream and only one batch is held
/// at a time, so millions of rows load in constant memory.
///
/// An ID number that appears twice in one file is taken from its first row; the later row is
/// refused, naming the first, because a bureau's file that lists someone twice is wrong somewhere
/// and the operator should see where.
public struct RegistryImport {
    public static let defaultBatchSize = 10_000

    public let database: KioskDatabase
    public let acting: AuthenticatedOperator
    /// The day birth dates are checked against.
    public let today: CivilDate
    public let now: Date
    public let batchSize: Int

    public init(
        database: KioskDatabase, acting: AuthenticatedOperator, today: CivilDate, now: Date,
        batchSize: Int = RegistryImport.defaultBatchSize
    ) {
        self.database = database
        self.acting = acting
        self.today = today
        self.now = now
        self.batchSize = max(1, batchSize)
    }

    /// Reads the header of `records`, before anything else happens (and before an operator's
    /// password is asked), so that a wrong file is refused at once.
    public static func header(of records: RegistryCSVRecords) throws -> RegistryCSVHeader {
        guard let first = try records.next() else { throw RegistryCSVHeaderProblem.noHeader }
        return try RegistryCSVHeader.parse(first.values)
    }

    /// Imports the rows after `header`. `refused` hears of each refused row as it is found,
    /// `progress` of the running counts after each batch. Throws `RegistryImportInterrupted`
    /// when the file cannot be read on or a batch cannot be written; the batches before stay.
    public func run(
        _ records: RegistryCSVRecords, header: RegistryCSVHeader,
        refused: (RegistryRefusal) -> Void, progress: (RegistryImportSummary, _ approximateBytesRead: Int) -> Void = { _, _ in }
    ) throws(RegistryImportInterrupted) -> RegistryImportSummary {
        var summary = RegistryImportSummary()
        summary.intoDemoStore = (try? database.installation()?.isDemo) ?? false
        var batch: [InsuredPersonRecord] = []
        batch.reserveCapacity(batchSize)
        var refusedInBatch = 0
        /// The line each accepted ID number came from, keyed compactly (see `idKey`): a million
        /// keys take tens of megabytes, not hundreds.
        var firstLines: [UInt64: Int] = [:]

        /// Writes the batch. Refusals since the last batch go into its journal event; when only
        /// refusals are left at the end they get an event of their own, so that the journal's
        /// counts add up to the summary's, but a file of nothing but refusals changes nothing.
        func flush() throws(RegistryImportInterrupted) {
            guard !batch.isEmpty || (refusedInBatch > 0 && summary.batches > 0) else { return }
            do {
                let counts = try database.importRegistryBatch(batch, refused: refusedInBatch, by: acting, now: now)
                summary.inserted += counts.inserted
                summary.updated += counts.updated
                summary.batches += 1
            } catch {
                throw RegistryImportInterrupted(summary: summary, cause: error)
            }
            batch.removeAll(keepingCapacity: true)
            refusedInBatch = 0
        }

        func refuse(_ line: Int, _ reason: RegistryRefusal.Reason) {
            summary.refused += 1
            refusedInBatch += 1
            refused(RegistryRefusal(line: line, reason: reason))
        }

        while true {
            let record: RegistryCSVRecord
            do {
                guard let next = try records.next() else { break }
                record = next
            } catch {
                // What was read before the damage is good: keep it, then stop.
                try flush()
                throw RegistryImportInterrupted(summary: summary, cause: error)
            }
            summary.rowsRead += 1
            switch Self.check(record, header: header, today: today) {
            case .failure(let reason):
                let runsToEnd = reason == .lineBreak(runsToEnd: false) && records.isAtEnd
                refuse(record.line, runsToEnd ? .lineBreak(runsToEnd: true) : reason)
            case .success(let person):
                let key = Self.idKey(person.id)
                if let firstLine = firstLines[key] {
                    refuse(record.line, .repeatedIDNumber(firstLine: firstLine))
                    continue
                }
                firstLines[key] = record.line
                batch.append(InsuredPersonRecord(person: person))
            }
            if batch.count >= batchSize { try flush() }
            if summary.rowsRead % batchSize == 0 { progress(summary, records.approximateBytesRead) }
        }
        try flush()
        return summary
    }

    /// The person one record describes, or why it is refused: the pure part of the import.
    public static func check(
        _ record: RegistryCSVRecord, header: RegistryCSVHeader, today: CivilDate
    ) -> Result<InsuredPerson, RegistryRefusal.Reason> {
        if record.hasLineBreak { return .failure(.lineBreak(runsToEnd: false)) }
        guard let fields = header.fields(of: record.values) else {
            return .failure(.valueCount(found: record.values.count, expected: header.columns.count))
        }
        do throws(RegistryEntryProblem) {
            return .success(try RegistryEntry.parse(fields, today: today))
        } catch {
            return .failure(.entry(error))
        }
    }

    /// A checked ID number as one integer: its first 17 digits decide the 18th.
    static func idKey(_ id: ResidentID) -> UInt64 {
        id.number.utf8.prefix(17).reduce(0) { $0 * 10 + UInt64($1 - 0x30) }
    }
}
