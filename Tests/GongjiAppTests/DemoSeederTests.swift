import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import Testing

/// `gongji seed` into demo stores: the same seed gives the same stores, and a seeding stopped
/// midway leaves one that verifies.
@Suite("Seeding demo stores")
struct DemoSeederTests {
    static let plan = DemoDataPlan(
        residents: 80, applications: 300, seed: 42, asOf: CivilDate("2026-12-01")!, profile: .kioskDefault, calendar: .weekendsOnly)
    static let now = Date(timeIntervalSince1970: 1_796_000_000)

    struct Stopped: Error {}

    @Test("the same seed twice gives the same data; the store verifies")
    func sameSeedSameStore() throws {
        let directory = try TemporaryDirectory()
        var stores: [KioskDatabase] = []
        for name in ["a.sqlite", "b.sqlite"] {
            let store = try DemoStore.open(at: directory.path(name), now: Self.now, pinCost: .fastForTests)
            let summary = try DemoSeeder.seed(Self.plan, into: store, now: Self.now)
            #expect(summary == DemoSeeder.Summary(people: 80, applications: 300))
            guard case .ok = try store.verifyJournal() else { Issue.record("\(name) does not verify"); return }
            stores.append(store)
        }
        var generator = DemoDataGenerator(plan: Self.plan)
        var numbers: [ApplicationNumber] = []
        var people: [InsuredPerson] = []
        while let batch = try generator.nextBatch() {
            numbers += batch.applications.map(\.number)
            people += batch.families.flatMap(\.people)
        }
        #expect(numbers.count == 300)
        for number in numbers {
            let first = try stores[0].application(number: number)
            let second = try stores[1].application(number: number)
            #expect(first != nil && first == second)
        }
        for person in people {
            #expect(try stores[0].insuredPerson(idNumber: person.id.number) == stores[1].insuredPerson(idNumber: person.id.number))
            #expect(try stores[0].relationships(asSharer: person.id) == stores[1].relationships(asSharer: person.id))
        }
        #expect(try people.contains { try !stores[0].relationships(asSharer: $0.id).isEmpty }, "some relationships were begun")
        #expect(throws: SeedError.seededBefore) { try DemoSeeder.seed(Self.plan, into: stores[0], now: Self.now) }
    }

    /// Seeds `store` as `plan` says, stopped (as by an error) once the first batch is written.
    static func seedStoppingAfterTheFirstBatch(_ store: KioskDatabase) throws {
        var batches = 0
        #expect(throws: Stopped.self) {
            try DemoSeeder.seed(plan, into: store, now: now) { _, _ in
                batches += 1
                if batches == 1 { throw Stopped() }
            }
        }
        #expect(batches == 1)
    }

    @Test("a seeding stopped after a batch leaves whole batches and a store that verifies")
    func stoppedMidway() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStore.open(at: directory.path("stopped.sqlite"), now: Self.now, pinCost: .fastForTests)
        try Self.seedStoppingAfterTheFirstBatch(store)
        guard case .ok = try store.verifyJournal() else { Issue.record("the store does not verify"); return }
        #expect(try store.insuredPersonCount() == DemoPersonas.all.count + 80)
    }

    /// The tables seeding fills; the others hold salted PIN hashes, keys and installation times
    /// that differ between any two stores.
    static let seededTables: Set<String> = [
        "insured_person", "application", "application_member", "proof_reference", "commitment_signature", "relationship",
        "ledger_transaction", "ledger_entry",
    ]

    @Test("a new store, seeded in one transaction, holds what batch after batch gives, with every index made again")
    func newStoreInOneTransaction() throws {
        let directory = try TemporaryDirectory()
        let inBatches = directory.path("batches.sqlite")
        let whole = directory.path("whole.sqlite")
        let existing = try DemoStore.open(at: inBatches, now: Self.now, pinCost: .fastForTests)
        let new = try DemoStore.createForSeeding(at: whole, now: Self.now, pinCost: .fastForTests)
        let plan = DemoDataPlan(
            residents: 400, applications: 21_000, seed: 42, asOf: CivilDate("2026-12-01")!, profile: .kioskDefault,
            calendar: .weekendsOnly)
        var indexingHeard = [0, 0]
        for (index, store) in [existing, new].enumerated() {
            _ = try DemoSeeder.seed(plan, into: store, now: Self.now, indexing: { indexingHeard[index] += 1 })
            guard case .ok = try store.verifyJournal() else { Issue.record("store \(index) does not verify"); return }
        }
        #expect(indexingHeard == [0, 1], "only the new store's indexes are made at the end")
        #expect(try StoreDigest.of(whole, tables: Self.seededTables) == StoreDigest.of(inBatches, tables: Self.seededTables))
        #expect(try StoreFile.indexes(whole) == StoreFile.indexes(inBatches))
        #expect(try StoreFile.indexes(whole).count > 20)
        #expect(try StoreFile.journalMode(whole) == "wal")
        #expect(try StoreFile.rowCount(whole, "journal_event") == StoreFile.rowCount(inBatches, "journal_event"))
    }

    @Test("a new store's seeding stopped midway leaves the store as it was before, every index there")
    func newStoreStoppedMidway() throws {
        let directory = try TemporaryDirectory()
        let path = directory.path("stopped.sqlite")
        let store = try DemoStore.createForSeeding(at: path, now: Self.now, pinCost: .fastForTests)
        let before = try StoreDigest.of(path)
        let indexes = try StoreFile.indexes(path)
        try Self.seedStoppingAfterTheFirstBatch(store)
        guard case .ok = try store.verifyJournal() else { Issue.record("the store does not verify"); return }
        #expect(try store.insuredPersonCount() == DemoPersonas.all.count)
        #expect(try StoreDigest.of(path) == before)
        #expect(try StoreFile.indexes(path) == indexes)
        #expect(throws: KioskStoreError.seedingNeedsNewFile(path: path)) {
            try DemoStore.createForSeeding(at: path, now: Self.now, pinCost: .fastForTests)
        }
    }

    @Test("a real store is never seeded")
    func realStore() throws {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: "REAL22", isDemo: false, now: Self.now)
        #expect(throws: KioskStoreError.notADemoStore) { try DemoSeeder.seed(Self.plan, into: store, now: Self.now) }
    }
}
