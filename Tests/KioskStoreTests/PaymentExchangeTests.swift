import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// Money paid at a counter reaches the central office once, and the central office's registry
/// back at the counter neither pays it back nor takes it twice (issue 5: nothing lost, doubled
/// or forged on the way).
@Suite("Payments between installations")
struct PaymentExchangeTests {
    static let n24 = MoneyTests.n24
    static let clerk = try! OperatorID("counter-clerk")

    /// A counter whose sharer shares with the spouse under N24, and a central office that has
    /// taken the counter's first bundle, so both hold the relationship.
    static func counterAndCentral() throws -> (counter: KioskDatabase, central: KioskDatabase, number: String) {
        let counter = try MoneyTests.spouseStore()
        let central = try Journey.store(origin: ExchangeTests.central)
        let outcome = try importing(try ExchangeTests.exported(counter), into: central, at: "11:00")
        try #require(outcome.relationshipsBegun == 1)
        let number = try #require(try counter.relationships(asSharer: Journey.sharer).first?.application)
        return (counter, central, number.text)
    }

    static func importing(_ batch: ExchangeBatch, into store: KioskDatabase, at time: String = "12:00") throws -> ImportOutcome {
        try store.importBatch(
            batch, bundleSHA256: String(repeating: "ee", count: 32), by: ExchangeTests.clerk, now: Journey.at("2026-11-26", time),
            profile: { _ in n24 }, calendar: Journey.calendar)
    }

    /// The counter's events since its last export, marked as exported.
    static func exported(_ store: KioskDatabase, at time: String) throws -> ExchangeBatch {
        let batch = try #require(try store.pendingExport())
        try store.recordExport(batch, bundleSHA256: String(repeating: "dd", count: 32), by: ExchangeTests.clerk, now: Journey.at("2026-11-26", time))
        return batch
    }

    static func premium(on day: String = "2026-11-26") throws -> PremiumRequest {
        let entry = try #require(n24.premiums.first { $0.coverageYear == 2027 && $0.kind == .residentMedical })
        return PremiumRequest(member: Journey.spouse, memberInsurance: .resident, coverageYear: 2027, amount: entry.amount, date: Journey.day(day))
    }

    static func balance(_ record: InsuredPersonRecord, in store: KioskDatabase) throws -> Int64? {
        try store.insuredPerson(idNumber: record.idNumber)?.balanceFen
    }

    /// The spouse, resident-insured, so that a premium may be paid for them.
    static func residentSpouse(in stores: KioskDatabase...) throws {
        for store in stores {
            try store.write { db in
                try db.execute(sql: "UPDATE insured_person SET insurance_kind = 'resident' WHERE id_number = ?",
                               arguments: [Journey.spouseRecord.idNumber])
            }
        }
    }

    @Test("a premium paid at the counter is paid at the central office once, and a bundle imported again pays nothing more")
    func premiumTravels() throws {
        let (counter, central, _) = try Self.counterAndCentral()
        try Self.residentSpouse(in: counter, central)
        let receipt = try counter.payPremium(try Self.premium(), sharer: Journey.sharer, profile: Self.n24, servedBy: Self.clerk, now: Journey.at("2026-11-26", "13:00"))
        let batch = try Self.exported(counter, at: "14:00")
        #expect(batch.paymentCount == 1)

        let outcome = try Self.importing(batch, into: central, at: "15:00")
        #expect(outcome.paymentsApplied == 1 && outcome.paymentsRefused.isEmpty && outcome.conflicts.isEmpty)
        let after = Journey.sharerRecord.balanceFen - receipt.paid.amount.fen
        #expect(try Self.balance(Journey.sharerRecord, in: central) == after)
        #expect(try central.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
        #expect(try central.premiums(forMember: Journey.spouse) == [receipt.paid])
        let spending = try central.spending(ofSharer: Journey.sharer, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30"))
        #expect(spending.map(\.kind) == [.premium])
        try expectLedgerConserves(central, people: [Journey.sharerRecord])

        let again = try Self.importing(batch, into: central, at: "16:00")
        #expect(again.wasAlreadyImported && again.paymentsApplied == 0)
        #expect(try Self.balance(Journey.sharerRecord, in: central) == after)
    }

    @Test("a bill and its refund at the counter move the same money at the central office")
    func settlementAndRefundTravel() throws {
        let (counter, central, _) = try Self.counterAndCentral()
        try counter.settle(MoneyTests.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26", "13:00"))
        #expect(try Self.importing(try Self.exported(counter, at: "13:30"), into: central, at: "14:00").paymentsApplied == 1)
        #expect(try central.settlement(bill: "B-1") == counter.settlement(bill: "B-1"))
        for person in [Journey.sharerRecord, Journey.spouseRecord] {
            #expect(try central.insuredPerson(idNumber: person.idNumber) == counter.insuredPerson(idNumber: person.idNumber), "\(person.name)")
        }

        try counter.refund(bill: "B-1", amount: Money(fen: 250_000), refundNumber: "R-1", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        #expect(try Self.importing(try Self.exported(counter, at: "18:00"), into: central, at: "19:00").paymentsApplied == 1)
        #expect(try central.refunds(ofBill: "B-1") == counter.refunds(ofBill: "B-1"))
        for person in [Journey.sharerRecord, Journey.spouseRecord] {
            #expect(try central.insuredPerson(idNumber: person.idNumber) == counter.insuredPerson(idNumber: person.idNumber), "\(person.name)")
        }
        try expectLedgerConserves(central, people: [Journey.sharerRecord, Journey.spouseRecord])
    }

    @Test("the same premium paid at the central office too is not paid twice: the counter's waits in the review queue")
    func paidOnBothSides() throws {
        let (counter, central, number) = try Self.counterAndCentral()
        try Self.residentSpouse(in: counter, central)
        // Paid at the central office a day later than at the counter: two payments of one premium.
        let atCentral = try central.payPremium(try Self.premium(on: "2026-11-27"), sharer: Journey.sharer, profile: Self.n24, now: Journey.at("2026-11-27", "09:00"))
        try counter.payPremium(try Self.premium(), sharer: Journey.sharer, profile: Self.n24, servedBy: Self.clerk, now: Journey.at("2026-11-26", "13:00"))

        let outcome = try Self.importing(try Self.exported(counter, at: "14:00"), into: central, at: "15:00")
        let flag = ImportConflict(number: number, memberPosition: 0, reasons: [.paymentDiffers])
        #expect(outcome.paymentsApplied == 0)
        #expect(outcome.paymentsRefused == [RefusedPayment(summary: "premium residentMedical 2027", reason: .paymentDiffers, flagged: flag)])
        #expect(try central.openImportConflicts() == [flag])
        #expect(try central.premiums(forMember: Journey.spouse) == [atCentral.paid])
        #expect(try Self.balance(Journey.sharerRecord, in: central) == Journey.sharerRecord.balanceFen - atCentral.paid.amount.fen)
    }

    @Test("a payment the central office's accounts can no longer give is refused and flagged, and so is a refund of it")
    func spentMeanwhile() throws {
        let (counter, central, number) = try Self.counterAndCentral()
        try counter.settle(MoneyTests.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26", "13:00"))
        try counter.refund(bill: "B-1", amount: Money(fen: 100_000), refundNumber: "R-1", date: Journey.day("2026-11-26"), now: Journey.at("2026-11-26", "13:10"))
        // Spent at the central office meanwhile: the spouse's own account holds less than the bill took.
        try central.write { db in
            try db.execute(sql: "UPDATE insured_person SET balance_fen = 100, carried_over_balance_fen = 0 WHERE id_number = ?",
                           arguments: [Journey.spouseRecord.idNumber])
        }
        let sharerBefore = try Self.balance(Journey.sharerRecord, in: central)

        let outcome = try Self.importing(try Self.exported(counter, at: "14:00"), into: central, at: "15:00")
        #expect(outcome.paymentsApplied == 0)
        #expect(outcome.paymentsRefused.map(\.reason) == [.accountShort, .billNotHere])
        #expect(try central.openImportConflicts() == [ImportConflict(number: number, memberPosition: 0, reasons: [.accountShort, .billNotHere])])
        #expect(try central.settlement(bill: "B-1") == nil)
        #expect(try Self.balance(Journey.spouseRecord, in: central) == 100)
        #expect(try Self.balance(Journey.sharerRecord, in: central) == sharerBefore, "nothing of a refused payment is applied")
    }

    @Test("the registry back keeps a payment the central office has not seen yet, and takes the central office's figure once it has")
    func registryKeepsUnreportedPayments() throws {
        let (counter, central, _) = try Self.counterAndCentral()
        try Self.residentSpouse(in: counter, central)
        let receipt = try counter.payPremium(try Self.premium(), sharer: Journey.sharer, profile: Self.n24, servedBy: Self.clerk, now: Journey.at("2026-11-26", "13:00"))
        let paid = Journey.sharerRecord.balanceFen - receipt.paid.amount.fen

        let before = try RegistryExchangeTests.importing(try central.registrySnapshot(now: Journey.at("2026-11-26", "13:30")), into: counter, at: "09:00")
        #expect(before.accountChangesKept == 1)
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == paid, "the snapshot does not pay the premium back")
        let carried = try #require(try counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber)?.carriedOverBalanceFen)
        #expect(carried == Journey.sharerRecord.carriedOverBalanceFen - receipt.paid.amount.fen)

        _ = try Self.importing(try Self.exported(counter, at: "14:00"), into: central, at: "15:00")
        let after = try RegistryExchangeTests.importing(try central.registrySnapshot(now: Journey.at("2026-11-26", "16:00")), into: counter, at: "10:00")
        #expect(after.accountChangesKept == 0)
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == paid, "nor takes it twice")
        #expect(try counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == central.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
    }

    @Test("a quota set aside at the counter, and given back there, is kept across the registry until the central office has it")
    func registryKeepsUnreportedQuotas() throws {
        let (counter, _) = try ExchangeTests.counterWithApproval()
        let central = try Journey.store(origin: ExchangeTests.central)
        let setAside = Journey.sharerRecord.balanceFen - 100_000
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == setAside)

        let early = try RegistryExchangeTests.importing(try central.registrySnapshot(now: Journey.at("2026-11-25", "20:00")), into: counter, at: "08:00")
        #expect(early.accountChangesKept == 1)
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == setAside, "the snapshot does not give the quota back")

        _ = try ExchangeTests.importing(try ExchangeTests.exported(counter), into: central)
        #expect(try Self.balance(Journey.sharerRecord, in: central) == setAside)
        let relationship = try #require(try counter.relationships(asSharer: Journey.sharer).first)
        try counter.endRelationship(relationship.id, by: .unbindBySharer, on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27", "09:00"))
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == Journey.sharerRecord.balanceFen, "the unused quota came back")

        let later = try RegistryExchangeTests.importing(try central.registrySnapshot(now: Journey.at("2026-11-27", "10:00")), into: counter, at: "11:00")
        #expect(later.accountChangesKept == 1, "only the return: the setting aside is in the central office's figure now")
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == Journey.sharerRecord.balanceFen)
        #expect(try counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber)?.carriedOverBalanceFen
                == Journey.sharerRecord.carriedOverBalanceFen)
    }

    @Test("a bill paid from a quota and the relationship's end in one bundle: the bill is repeated first, then the unused rest given back")
    func paidThenEndedInOneBundle() throws {
        let (counter, _) = try ExchangeTests.counterWithApproval()
        try counter.settle(MoneyTests.bill("B-Q", fen: 20_000, member: Journey.child), profile: Journey.profile, now: Journey.at("2026-11-26", "13:00"))
        let relationship = try #require(try counter.relationships(asSharer: Journey.sharer).first)
        try counter.endRelationship(relationship.id, by: .unbindBySharer, on: Journey.day("2026-11-27"), now: Journey.at("2026-11-27", "09:00"))
        #expect(try Self.balance(Journey.sharerRecord, in: counter) == Journey.sharerRecord.balanceFen - 20_000)

        let central = try Journey.store(origin: ExchangeTests.central)
        let outcome = try ExchangeTests.importing(try ExchangeTests.exported(counter), into: central)
        #expect(outcome.relationshipsBegun == 1 && outcome.paymentsApplied == 1 && outcome.relationshipsEnded == 1, "\(outcome)")
        #expect(outcome.paymentsRefused.isEmpty && outcome.conflicts.isEmpty)
        #expect(try central.settlement(bill: "B-Q") == counter.settlement(bill: "B-Q"))
        #expect(try central.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == counter.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
    }

    @Test("a refund the central office made itself under another number leaves nothing for the counter's to give back")
    func refundedOnBothSides() throws {
        let (counter, central, number) = try Self.counterAndCentral()
        try counter.settle(MoneyTests.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26", "13:00"))
        _ = try Self.importing(try Self.exported(counter, at: "13:30"), into: central, at: "14:00")
        try central.refund(bill: "B-1", amount: Money(fen: 500_000), refundNumber: "R-C", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        try counter.refund(bill: "B-1", amount: Money(fen: 200_000), refundNumber: "R-1", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        let before = try Self.balance(Journey.sharerRecord, in: central)

        let outcome = try Self.importing(try Self.exported(counter, at: "18:00"), into: central, at: "19:00")
        #expect(outcome.paymentsRefused.map(\.reason) == [.paymentDiffers])
        #expect(try central.openImportConflicts() == [ImportConflict(number: number, memberPosition: 0, reasons: [.paymentDiffers])])
        #expect(try central.refunds(ofBill: "B-1").map(\.number) == ["R-C"])
        #expect(try Self.balance(Journey.sharerRecord, in: central) == before)
    }

    @Test("a batch whose payment is not what its event records is refused whole")
    func paymentWithoutItsEvent() throws {
        let (counter, central, _) = try Self.counterAndCentral()
        try counter.settle(MoneyTests.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26", "13:00"))
        var batch = try Self.exported(counter, at: "14:00")
        let sequence = try #require(batch.payments.first?.sequence)
        batch.payments[0].sequence = sequence - 1
        #expect(throws: ExchangeRefusal.malformedPayment(sequence: sequence - 1)) { try Self.importing(batch, into: central) }
        #expect(try central.settlement(bill: "B-1") == nil)
        #expect(try central.journalEvents(origin: ExchangeTests.counter).count < counter.journalEvents(origin: ExchangeTests.counter).count)
    }

    @Test("a batch made before payments travelled still decodes, with none")
    func olderBatch() throws {
        let (counter, _, _) = try Self.counterAndCentral()
        try counter.settle(MoneyTests.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26", "13:00"))
        let batch = try #require(try counter.pendingExport())
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(batch)) as? [String: Any])
        #expect(object.removeValue(forKey: "payments") != nil)
        object.removeValue(forKey: "messages")
        let older = try JSONDecoder().decode(ExchangeBatch.self, from: JSONSerialization.data(withJSONObject: object))
        #expect(older.paymentCount == 0 && older.messageCount == 0 && older.events == batch.events)
    }
}
