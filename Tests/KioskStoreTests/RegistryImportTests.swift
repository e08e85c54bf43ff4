import Foundation
import GRDB
import KioskStore
import Testing

/// Writing a registry file's checked rows in batches: new people added, known ones updated,
/// PINs kept, one journal event of counts per batch, all or nothing per batch.
@Suite("Registry import: batches")
struct RegistryImportTests {
    let cost = PinHashCost.fastForTests

    /// An installed store with the sharer (and a PIN) and a supervisor, `lead`.
    private func store() throws -> (KioskDatabase, AuthenticatedOperator) {
        let store = try Fixtures.storeWithSharer()
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: Fixtures.start, cost: cost)
        return (store, lead)
    }

    @Test("unknown ID numbers are added, known ones have every field replaced, and the PIN stays")
    func insertAndUpdate() throws {
        let (store, lead) = try store()
        var moved = Fixtures.sharer
        moved.name = "张三丰"
        moved.insuranceStatus = "suspended"
        moved.regionCode = "330106"
        moved.balanceFen = 500
        moved.carriedOverBalanceFen = 0
        moved.mobile = nil
        moved.idNumber = moved.idNumber.lowercased()

        let counts = try store.importRegistryBatch([Fixtures.child, moved, Fixtures.parent], refused: 2, by: lead, now: Fixtures.start)

        #expect(counts == RegistryBatchCounts(inserted: 2, updated: 1))
        #expect(try store.insuredPersonCount() == 3)
        var expected = moved
        expected.idNumber = Fixtures.sharer.idNumber
        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber) == expected)
        #expect(try store.insuredPerson(idNumber: Fixtures.child.idNumber) == Fixtures.child)
        #expect(try store.insuredPerson(idNumber: Fixtures.parent.idNumber) == Fixtures.parent)
        let outcome = try store.signIn(idNumber: Fixtures.sharer.idNumber, pin: Fixtures.pin, now: Fixtures.start, lockout: .standard)
        #expect(outcome == .signedIn(expected), "the card PIN still opens the updated person")
    }

    @Test("each batch journals one event of counts and the operator, never an ID number or a name")
    func journal() throws {
        let (store, lead) = try store()
        try store.importRegistryBatch([Fixtures.child], refused: 0, by: lead, now: Fixtures.start)
        try store.importRegistryBatch([Fixtures.child, Fixtures.parent], refused: 3, by: lead, now: Fixtures.start)

        let events = try store.journalEvents(origin: Fixtures.origin).filter { $0.kind == "registry.imported" }
        #expect(events.map(\.payload) == [
            #"{"by":"lead","inserted":1,"refused":0,"updated":0}"#,
            #"{"by":"lead","inserted":1,"refused":3,"updated":1}"#,
        ])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Fixtures.origin).count))
    }

    @Test("a batch the store refuses changes nothing of that batch and journals nothing")
    func batchIsAllOrNothing() throws {
        let (store, lead) = try store()
        var broken = Fixtures.parent
        broken.carriedOverBalanceFen = broken.balanceFen + 1
        var renamed = Fixtures.sharer
        renamed.name = "李四"
        let eventsBefore = try store.journalEvents(origin: Fixtures.origin).count

        #expect(throws: KioskStoreError.self) {
            try store.importRegistryBatch([Fixtures.child, renamed, broken], refused: 0, by: lead, now: Fixtures.start)
        }
        #expect(try store.insuredPersonCount() == 1)
        #expect(try store.insuredPerson(idNumber: Fixtures.sharer.idNumber)?.name == "张三")
        #expect(try store.journalEvents(origin: Fixtures.origin).count == eventsBefore)
    }

    @Test("an operator whose role does not maintain the registry is refused before anything is written")
    func reviewerRefused() throws {
        let (store, lead) = try store()
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: Fixtures.start, cost: cost)
        let reviewer = try store.authenticateOperator("rev-1", password: "review-password", now: Fixtures.start)

        #expect(throws: OperatorError.notAllowed(id: "rev-1", role: .reviewer, duty: .maintainRegistry)) {
            try store.importRegistryBatch([Fixtures.child], refused: 0, by: reviewer, now: Fixtures.start)
        }
        #expect(try store.insuredPersonCount() == 1)
    }

    @Test("an empty batch carries only its refusals into the journal")
    func emptyBatch() throws {
        let (store, lead) = try store()
        let counts = try store.importRegistryBatch([], refused: 4, by: lead, now: Fixtures.start)
        #expect(counts == RegistryBatchCounts(inserted: 0, updated: 0))
        #expect(try store.journalEvents(origin: Fixtures.origin).last?.payload == #"{"by":"lead","inserted":0,"refused":4,"updated":0}"#)
    }
}
