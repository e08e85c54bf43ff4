import FamilyAid
import Foundation
@testable import KioskStore
import Testing

/// Batches from a counter to the central office: what arrives, what is refused whole, and what
/// waits for a person.
@Suite("Exchange between installations")
struct ExchangeTests {
    static let clerk = try! OperatorID("counter-supervisor")
    static let central = "CENTRL"
    static let counter = Journey.origin

    /// A counter that took in the child's application and approved it with a ¥1,000 quota.
    static func counterWithApproval(origin: String = Journey.origin) throws -> (KioskDatabase, ApplicationNumber) {
        let store = try Journey.store(origin: origin)
        let number = try ReviewTests.underReview(in: store)
        try store.approveMember(0, of: number, reviewer: ReviewTests.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"),
                                profile: Journey.profile, calendar: Journey.calendar)
        return (store, number)
    }

    static func importing(_ batch: ExchangeBatch, into store: KioskDatabase, at time: String = "12:00") throws -> ImportOutcome {
        try store.importBatch(
            batch, bundleSHA256: String(repeating: "ee", count: 32), by: clerk, now: Journey.at("2026-11-26", time),
            profile: { _ in Journey.profile }, calendar: Journey.calendar)
    }

    static func exported(_ store: KioskDatabase) throws -> ExchangeBatch {
        let batch = try #require(try store.pendingExport())
        try store.recordExport(batch, bundleSHA256: String(repeating: "dd", count: 32), by: clerk, now: Journey.at("2026-11-25", "18:00"))
        return batch
    }

    @Test("the events arrive unchanged, the application whole, and the relationship begins at the central office")
    func arrival() throws {
        let (counter, number) = try Self.counterWithApproval()
        let batch = try Self.exported(counter)
        #expect(batch.range == 1...Int64(try counter.journalEvents(origin: Self.counter).count - 1))
        #expect(batch.documentHashes == [String(repeating: "0f", count: 32)])

        let central = try Journey.store(origin: Self.central)
        let outcome = try Self.importing(batch, into: central)
        #expect(outcome.newEvents == batch.events.count && outcome.applications == 1)
        #expect(outcome.relationshipsBegun == 1 && outcome.conflicts.isEmpty)
        #expect(try central.application(number: number) == counter.application(number: number))
        let relationship = try #require(try central.relationships(asSharer: Journey.sharer).first)
        #expect(relationship.relationship.quota?.assigned == .yuan(1000))
        #expect(relationship.relationship.approvedOn == Journey.day("2026-11-25"))
        #expect(try central.journalEvents(origin: Self.counter).map(\.hash) == batch.events.map(\.hash))
        #expect(try central.verifyJournal() == .ok(origins: 2, events: try central.journalEvents(origin: Self.central).count + batch.events.count))
        #expect(try central.journalEvents(origin: Self.central).last?.kind == "exchange.bundle_imported")
        // The messages the counter owes (an invitation, a decision) go out from the central office.
        #expect(outcome.messages == 2 && batch.messageCount == 2)
        #expect(try central.outboxCounts() == counter.outboxCounts())
    }

    @Test("importing the same batch again changes nothing")
    func twice() throws {
        let (counter, _) = try Self.counterWithApproval()
        let batch = try Self.exported(counter)
        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(batch, into: central)
        let journal = try central.journalEvents(origin: Self.central).count
        let again = try Self.importing(batch, into: central, at: "13:00")
        #expect(again.wasAlreadyImported && again.applications == 0 && again.messages == 0)
        #expect(try central.journalEvents(origin: Self.central).count == journal)
        #expect(try central.relationships(asSharer: Journey.sharer).count == 1)
    }

    @Test("an export starts where the last one ended, and a later batch carries what changed since")
    func incremental() throws {
        let (counter, number) = try Self.counterWithApproval()
        let first = try Self.exported(counter)
        #expect(try counter.pendingExport() == nil, "the record of an export alone is nothing to export")
        let relationship = try #require(try counter.relationships(asSharer: Journey.sharer).first)
        try counter.endRelationship(relationship.id, by: .unbindBySharer, on: Journey.day("2026-12-01"), now: Journey.at("2026-12-01"))
        let second = try #require(try counter.pendingExport())
        #expect(second.range?.lowerBound == first.range!.upperBound + 1)
        #expect(second.events.first?.kind == "exchange.bundle_exported")
        #expect(second.applicationCount == 1)

        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(first, into: central)
        let outcome = try Self.importing(second, into: central, at: "13:00")
        #expect(outcome.relationshipsEnded == 1 && outcome.conflicts.isEmpty)
        let ended = try #require(try central.relationships(asSharer: Journey.sharer).first)
        #expect(ended.relationship.state.stage == .ended)
        #expect(try central.application(number: number)?.application.members[0].lifecycle.state.stage == .approved)
    }

    @Test("a batch after a gap is refused, and nothing of it is applied")
    func gap() throws {
        let (counter, _) = try Self.counterWithApproval()
        _ = try Self.exported(counter)
        let relationship = try #require(try counter.relationships(asSharer: Journey.sharer).first)
        try counter.endRelationship(relationship.id, by: .memberLeaves, on: Journey.day("2026-12-01"), now: Journey.at("2026-12-01"))
        let later = try #require(try counter.pendingExport())
        let central = try Journey.store(origin: Self.central)
        let before = try central.journalEvents(origin: Self.central)
        #expect(throws: ExchangeRefusal.gap(origin: Self.counter, expected: 1, found: later.range!.lowerBound)) {
            try Self.importing(later, into: central)
        }
        #expect(try central.journalEvents(origin: Self.central) == before)
        #expect(try central.journalEvents(origin: Self.counter).isEmpty)
    }

    @Test("an altered event, or one that differs from what was imported before, refuses the batch whole")
    func altered() throws {
        let (counter, number) = try Self.counterWithApproval()
        let batch = try #require(try counter.pendingExport())
        var tampered = batch
        #expect(tampered.events[2].kind == "application.submitted")
        tampered.events[2].payload = tampered.events[2].payload.replacingOccurrences(of: #""kiosk""#, with: #""counter""#)
        let central = try Journey.store(origin: Self.central)
        #expect(throws: ExchangeRefusal.eventAltered(origin: Self.counter, sequence: 3)) {
            try Self.importing(tampered, into: central)
        }
        var dropped = batch
        dropped.events.remove(at: 2)
        #expect(throws: ExchangeRefusal.eventAltered(origin: Self.counter, sequence: batch.events[3].sequence)) {
            try Self.importing(dropped, into: central)
        }
        #expect(try central.application(number: number) == nil)
        #expect(try central.journalEvents(origin: Self.counter).isEmpty)

        // A second chain under the same origin, made anew: its installation and registry events
        // happen to match, its first event keyed by its own secret does not.
        _ = try Self.importing(batch, into: central)
        let (forged, _) = try Self.counterWithApproval()
        let other = try #require(try forged.pendingExport())
        #expect(throws: ExchangeRefusal.differsFromImported(origin: Self.counter, sequence: 3)) {
            try Self.importing(other, into: central, at: "13:00")
        }
    }

    @Test("an application the origin could not have issued, or whose rows disagree, refuses the batch")
    func foreignApplication() throws {
        let (counter, number) = try Self.counterWithApproval()
        let batch = try #require(try counter.pendingExport())
        let central = try Journey.store(origin: Self.central)
        var foreign = batch
        foreign.applications[0].application.origin = "OTHER2"
        #expect(throws: ExchangeRefusal.malformedApplication(number.text)) { try Self.importing(foreign, into: central) }
        var disagreeing = batch
        disagreeing.applications[0].members[0].memberID = Journey.spouseRecord.idNumber
        #expect(throws: ExchangeRefusal.malformedApplication(number.text)) { try Self.importing(disagreeing, into: central) }
        // Renaming the whole batch's origin breaks every event's hash.
        var renamed = batch
        renamed.origin = "OTHER2"
        for index in renamed.events.indices { renamed.events[index].origin = "OTHER2" }
        #expect(throws: ExchangeRefusal.eventAltered(origin: "OTHER2", sequence: 1)) { try Self.importing(renamed, into: central) }
        #expect(try central.application(number: number) == nil)
        #expect(try central.journalEvents(origin: Self.counter).isEmpty)
    }

    @Test("the central office's own store and a demo batch are refused")
    func wrongStores() throws {
        let (counter, _) = try Self.counterWithApproval()
        let batch = try #require(try counter.pendingExport())
        #expect(throws: ExchangeRefusal.ownOrigin(Self.counter)) { try Self.importing(batch, into: counter) }
        let demo = try KioskDatabase.inMemory()
        try demo.install(originID: "DEM009", isDemo: true, now: Journey.at("2026-11-23", "08:00"))
        #expect(throws: ExchangeRefusal.demoMismatch(batchIsDemo: false)) { try Self.importing(batch, into: demo) }
    }

    @Test("a member bound at the central office meanwhile is not bound twice: it waits in the review queue, flagged")
    func conflict() throws {
        let (counter, number) = try Self.counterWithApproval()
        let central = try Journey.store(origin: Self.central)
        let own = try ReviewTests.underReview(in: central)
        try central.approveMember(0, of: own, reviewer: ReviewTests.reviewer, quota: .yuan(500), at: Journey.at("2026-11-25"),
                                  profile: Journey.profile, calendar: Journey.calendar)
        let outcome = try Self.importing(try Self.exported(counter), into: central)
        let expected = ImportConflict(number: number.text, memberPosition: 0, reasons: [.binding(.duplicateMember)])
        #expect(outcome.conflicts == [expected] && outcome.relationshipsBegun == 0)
        #expect(try central.openImportConflicts() == [expected])
        #expect(try central.relationships(asSharer: Journey.sharer).map(\.relationship.quota?.assigned) == [.yuan(500)])
        #expect(try central.application(number: number) != nil)
    }

    @Test("a member decided on both sides keeps the central office's decision and is flagged")
    func decidedTwice() throws {
        let counter = try Journey.store()
        let number = try ReviewTests.underReview(in: counter)
        let first = try Self.exported(counter)
        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(first, into: central)
        try central.rejectMember(0, of: number, reasons: [.infoMismatch], reviewer: ReviewTests.reviewer, at: Journey.at("2026-11-26", "14:00"),
                                 profile: Journey.profile, calendar: Journey.calendar)
        try counter.approveMember(0, of: number, reviewer: ReviewTests.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-26", "15:00"),
                                  profile: Journey.profile, calendar: Journey.calendar)
        let outcome = try Self.importing(try #require(try counter.pendingExport()), into: central, at: "16:00")
        #expect(outcome.conflicts == [ImportConflict(number: number.text, memberPosition: 0, reasons: [.decidedOnBothSides])])
        #expect(try central.application(number: number)?.application.members[0].lifecycle.state.stage == .rejected)
        #expect(try central.relationships(asSharer: Journey.sharer).isEmpty)
    }

    @Test("who took an application in, from which paper form, with which originals sighted, travels with it: the central office too lets another reviewer decide")
    func intakeTravels() throws {
        let counter = try Journey.store()
        let clerk = try OperatorID("counter-clerk")
        let sighted = ProofReference(kind: .marriageCertificate, documentNumber: "J110105-2000-001234", sighted: true)
        let number = try counter.submitApplication(
            try SecondReviewerTests.counter(try Journey.application()), proofs: [0: [sighted]], signature: Journey.signature,
            takenInBy: clerk, paperForm: "SQ2026-000123", now: Journey.at("2026-11-23"))
        try counter.recordMemberEvent(.passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"), profile: Journey.profile, calendar: Journey.calendar)
        try counter.recordMemberEvent(.confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(try Self.exported(counter), into: central)
        #expect(try central.counterIntake(of: number) == CounterIntake(takenInBy: "counter-clerk", paperForm: "SQ2026-000123"))
        #expect(try central.application(number: number)?.proofs[0] == [sighted], "the clerk's look at the original travels too")
        #expect(throws: KioskStoreError.decidingOwnIntake(number: number.text)) {
            try central.rejectMember(0, of: number, reasons: [.proofMissing], reviewer: clerk, at: Journey.at("2026-11-26", "14:00"),
                                     profile: Journey.profile, calendar: Journey.calendar)
        }
    }

    @Test("a reviewer's note travels with the decision, to the central office and back")
    func reviewNoteTravels() throws {
        let counter = try Journey.store()
        let number = try ReviewTests.underReview(in: counter)
        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(try Self.exported(counter), into: central)
        try central.rejectMember(0, of: number, reasons: [.proofMissing], note: try ReviewNote("户口簿复印件不清楚"),
                                 reviewer: ReviewTests.reviewer, at: Journey.at("2026-11-26", "14:00"),
                                 profile: Journey.profile, calendar: Journey.calendar)
        _ = try RegistryExchangeTests.importing(try central.registrySnapshot(now: Journey.at("2026-11-26", "18:00")), into: counter)
        #expect(try counter.reviewNote(0, of: number) == ReviewNote("户口簿复印件不清楚"))

        let other = try Journey.store(origin: "BBB234")
        let second = try ReviewTests.underReview(in: other)
        try other.rejectMember(0, of: second, reasons: [.proofMissing], note: try ReviewNote("请补交出生医学证明"),
                               reviewer: ReviewTests.reviewer, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        _ = try Self.importing(try Self.exported(other), into: central, at: "13:00")
        #expect(try central.reviewNote(0, of: second) == ReviewNote("请补交出生医学证明"))
    }

    @Test("two counters' bundles merge at the central office without a clash of application numbers")
    func twoCounters() throws {
        let (first, firstNumber) = try Self.counterWithApproval(origin: "AAA234")
        let second = try Journey.store(origin: "BBB234")
        let secondNumber = try Journey.submitted(in: second)
        #expect(firstNumber.sequence == secondNumber.sequence && firstNumber != secondNumber)
        let central = try Journey.store(origin: Self.central)
        _ = try Self.importing(try Self.exported(first), into: central)
        _ = try Self.importing(try Self.exported(second), into: central, at: "13:00")
        #expect(try central.application(number: firstNumber) == first.application(number: firstNumber))
        #expect(try central.application(number: secondNumber) == second.application(number: secondNumber))
        #expect(try central.verifyJournal() == .ok(
            origins: 3,
            events: try ["AAA234", "BBB234", Self.central].map { try central.journalEvents(origin: $0).count }.reduce(0, +)))
    }
}

/// The central office's registry back at a counter: current people and balances, relationships
/// bound elsewhere seen by the checks, decisions made centrally on the counter's applications.
@Suite("Registry back from the central office")
struct RegistryExchangeTests {
    static func importing(_ snapshot: RegistrySnapshot, into store: KioskDatabase, at time: String = "12:00") throws -> RegistryImportOutcome {
        try store.importRegistry(snapshot, bundleSHA256: String(repeating: "cc", count: 32), by: ExchangeTests.clerk,
                                 now: Journey.at("2026-11-27", time))
    }

    @Test("the counter's own application comes back decided, with the balance the quota left and the pair seen as bound")
    func decisionsComeBack() throws {
        let counter = try Journey.store()
        let number = try ReviewTests.underReview(in: counter)
        let central = try Journey.store(origin: ExchangeTests.central)
        _ = try ExchangeTests.importing(try ExchangeTests.exported(counter), into: central)
        try central.approveMember(0, of: number, reviewer: ReviewTests.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-26", "14:00"),
                                  profile: Journey.profile, calendar: Journey.calendar)

        let snapshot = try central.registrySnapshot(now: Journey.at("2026-11-26", "18:00"))
        #expect(snapshot.personCount == 3 && snapshot.relationshipCount == 1)
        let outcome = try Self.importing(snapshot, into: counter)
        #expect(outcome.applicationsUpdated == 1 && outcome.conflicts.isEmpty)
        #expect(try counter.application(number: number)?.application.members[0].lifecycle.state.stage == .approved)
        #expect(try counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == central.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
        #expect(try counter.existingMembers(of: Journey.sharer).activeOrScheduled == [Journey.child])
        #expect(try counter.verifyJournal() == .ok(origins: 1, events: try counter.journalEvents(origin: Journey.origin).count))

        #expect(throws: ExchangeRefusal.olderRegistry(origin: ExchangeTests.central)) { try Self.importing(snapshot, into: counter, at: "13:00") }
    }

    @Test("a person's balance and status come from the registry; a PIN hash travels, never a PIN")
    func people() throws {
        let central = try Journey.store(origin: ExchangeTests.central)
        try central.addInsuredPerson(
            InsuredPersonRecord(idNumber: "110105198001010036", name: "新人", insuranceKind: "employee", insuranceStatus: "active",
                                regionCode: "110105", balanceFen: 12_300, carriedOverBalanceFen: 0),
            pin: "246810", pinCost: .fastForTests, now: Journey.at("2026-11-26"))
        let counter = try Journey.store()
        _ = try Self.importing(try central.registrySnapshot(now: Journey.at("2026-11-26", "18:00")), into: counter)
        #expect(try counter.insuredPerson(idNumber: "110105198001010036")?.balanceFen == 12_300)
        let signedIn = try counter.signIn(idNumber: "110105198001010036", pin: "246810", now: Journey.at("2026-11-27", "13:00"), lockout: .standard)
        guard case .signedIn(let person) = signedIn else { Issue.record("not signed in: \(signedIn)"); return }
        #expect(person.name == "新人")
        let encoded = String(decoding: try JSONEncoder().encode(try central.registrySnapshot(now: Journey.at("2026-11-26"))), as: UTF8.self)
        #expect(!encoded.contains("246810"))
    }
}
