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

    @Test("a seeding stopped after a batch leaves whole batches and a store that verifies")
    func stoppedMidway() throws {
        let directory = try TemporaryDirectory()
        let store = try DemoStore.open(at: directory.path("stopped.sqlite"), now: Self.now, pinCost: .fastForTests)
        var batches = 0
        #expect(throws: Stopped.self) {
            try DemoSeeder.seed(Self.plan, into: store, now: Self.now) { _, _ in
                batches += 1
                if batches == 1 { throw Stopped() }
            }
        }
        guard case .ok = try store.verifyJournal() else { Issue.record("the store does not verify"); return }
        #expect(try store.insuredPersonCount() == DemoPersonas.all.count + 80)
    }

    @Test("a real store is never seeded")
    func realStore() throws {
        let store = try KioskDatabase.inMemory()
        try store.install(originID: "REAL22", isDemo: false, now: Self.now)
        #expect(throws: KioskStoreError.notADemoStore) { try DemoSeeder.seed(Self.plan, into: store, now: Self.now) }
    }
}
