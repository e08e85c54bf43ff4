import FamilyAid
import Foundation
import KioskStore

/// `gongji seed`: a demo store filled with years' worth of fictional use, batch by batch: into a
/// store in use each batch is one transaction, into a new one (`DemoStore.createForSeeding`) all
/// of them are, so the store verifies wherever seeding stops.
public enum DemoSeeder {
    public struct Summary: Equatable {
        public var people: Int
        public var applications: Int
    }

    /// Fills `database` (a demo store not seeded before) as `plan` says; `progress` hears what is
    /// done of the whole after each batch, and `indexing` when only a new store's indexes are left
    /// to make.
    public static func seed(
        _ plan: DemoDataPlan, into database: KioskDatabase, now: Date, progress: (Int, Int) throws -> Void = { _, _ in },
        indexing: () -> Void = {}
    ) throws -> Summary {
        if let problem = plan.problem { throw SeedError.badPlan(problem) }
        guard try database.installation()?.isDemo == true else { throw KioskStoreError.notADemoStore }
        let first = try ApplicationNumber(origin: DemoDataPlan.origins[0], sequence: 1)
        guard try database.application(number: first) == nil else { throw SeedError.seededBefore }
        // Batches of 20,000: fewer commits, and the index pages they share written once a batch.
        var generator = DemoDataGenerator(plan: plan, batchSize: 20_000)
        // The next batch is made and encoded on another core while this one is written; both go
        // in order, so the store is the same as if they took turns. Written batches go back to the
        // making thread to be freed there.
        let written = Handback<Made>()
        let batches = Lookahead(depth: 2) {
            written.letGo()
            return try generator.nextBatch().map {
                Made(rows: try DemoBatchRows($0, parts: ProcessInfo.processInfo.activeProcessorCount), progress: generator.progress)
            }
        }
        defer { batches.cancel() }
        // Asked for the next batch, the store has written the last.
        var writing: Made?
        try database.writeDemoBatches(now: now, indexing: indexing) {
            if let done = writing.take() {
                try progress(done.progress.done, done.progress.total)
                written.handBack(done)
            }
            writing = try batches.next()
            return writing?.rows
        }
        return Summary(people: plan.families * DemoDataPlan.familySize, applications: plan.applications)
    }
}

/// A batch's rows, and how much of the whole is made once it is written.
private struct Made: Sendable {
    var rows: DemoBatchRows
    var progress: (done: Int, total: Int)
}

/// Why seeding did not start.
public enum SeedError: Error, Equatable, LocalizedError {
    case badPlan(String)
    case seededBefore

    public var errorDescription: String? {
        switch self {
        case .badPlan(let problem): problem
        case .seededBefore: "This store was seeded before; seed into a new file (--store PATH)."
        }
    }
}
