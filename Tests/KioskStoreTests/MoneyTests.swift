import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// Every ledger transaction sums to zero, and every person's ledger changes match their registry
/// balance against where it started.
func expectLedgerConserves(_ store: KioskDatabase, people: [InsuredPersonRecord], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let unbalanced = try store.read { db in
        try Int.fetchOne(db, sql: """
            SELECT count(*) FROM (SELECT transaction_id FROM ledger_entry GROUP BY transaction_id HAVING sum(change_fen) <> 0)
            """)
    }
    #expect(unbalanced == 0, sourceLocation: sourceLocation)
    for person in people {
        let change = try store.read { db in
            try Int64.fetchOne(db, sql: """
                SELECT coalesce(sum(change_fen), 0) FROM ledger_entry WHERE account_kind = 'personalAccount' AND account_holder = ?
                """, arguments: [person.idNumber])
        } ?? 0
        let now = try store.insuredPerson(idNumber: person.idNumber)?.balanceFen
        #expect(now == person.balanceFen + change, "\(person.name)", sourceLocation: sourceLocation)
    }
}

@Suite("Settlements, refunds and contributions")
struct MoneyTests {
    static let n24 = PolicyProfile.national(.n24)

    /// Under N24 (no quotas): the sharer shares with the spouse, who has an account of their own.
    static func spouseStore() throws -> KioskDatabase {
        let store = try Journey.store()
        let application = try Journey.application(members: [(Journey.spouseRecord, .near(.spouse, .birth))], profile: n24)
        let number = try store.submitApplication(application, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        try Journey.approve(number, in: store, profile: n24)
        try store.beginRelationship(application: number, member: 0, quota: nil, profile: n24, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        return store
    }

    static func bill(_ number: String, fen: Int64, member: ResidentID = Journey.spouse, on day: String = "2026-11-26") -> Bill {
        Bill(number: number, member: member, amount: Money(fen: fen), use: .hospitalSelfPay, date: Journey.day(day))
    }

    @Test("own account first, then the sharer's carried-over money, then cash; balances and ledger follow")
    func settleWithoutQuota() throws {
        let store = try Self.spouseStore()
        let settlement = try store.settle(Self.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26"))
        #expect(settlement.ownAccountPaid == Money(fen: 300_000))
        #expect(settlement.sharersPaid == Money(fen: 200_000))
        #expect(settlement.cash == .zero)
        #expect(try store.insuredPerson(idNumber: Journey.spouseRecord.idNumber)?.balanceFen == 0)
        let sharer = try #require(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
        #expect(sharer.balanceFen == Journey.sharerRecord.balanceFen - 200_000)
        #expect(sharer.carriedOverBalanceFen == Journey.sharerRecord.carriedOverBalanceFen - 200_000)
        #expect(try store.settlement(bill: "B-1") == settlement)
        try expectLedgerConserves(store, people: [Journey.sharerRecord, Journey.spouseRecord])

        let rows = try store.spending(ofSharer: Journey.sharer, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30"))
        #expect(rows.map(\.amount) == [Money(fen: 200_000)])
        #expect(rows.first?.member == Journey.spouse && rows.first?.reference == .bill("B-1") && rows.first?.fromQuota == false)
        #expect(try store.spending(forMember: Journey.spouse, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30")) == rows)
        #expect(try store.spending(ofSharer: Journey.sharer, from: Journey.day("2026-12-01"), to: Journey.day("2026-12-31")).isEmpty)
    }

    @Test("refused: the same bill twice, a member not in the registry, a bill of nothing")
    func settleRefusals() throws {
        let store = try Self.spouseStore()
        try store.settle(Self.bill("B-1", fen: 1_000), profile: Self.n24, now: Journey.at("2026-11-26"))
        #expect(throws: KioskStoreError.billAlreadySettled(number: "B-1")) {
            try store.settle(Self.bill("B-1", fen: 1_000), profile: Self.n24, now: Journey.at("2026-11-26"))
        }
        let stranger = try ResidentID.parse(Fixtures.strangerIDNumber, today: Journey.day("2026-11-26"))
        #expect(throws: KioskStoreError.personNotInRegistry(role: "member")) {
            try store.settle(Self.bill("B-2", fen: 1_000, member: stranger), profile: Self.n24, now: Journey.at("2026-11-26"))
        }
        #expect(throws: SettlementError.amountNotPositive(.zero)) {
            try store.settle(Self.bill("B-3", fen: 0), profile: Self.n24, now: Journey.at("2026-11-26"))
        }
        #expect(try store.settlement(bill: "B-2") == nil)
    }

    @Test("a bill before the relationship began falls to the member alone")
    func beforeTheRelationship() throws {
        let store = try Self.spouseStore()
        let settlement = try store.settle(Self.bill("B-0", fen: 500_000, on: "2026-11-20"), profile: Self.n24, now: Journey.at("2026-11-26"))
        #expect(settlement.sharersPaid == .zero)
        #expect(settlement.cash == Money(fen: 200_000))
    }

    @Test("refunds go back by the route the money came, and never more than the bill")
    func refunds() throws {
        let store = try Self.spouseStore()
        try store.settle(Self.bill("B-1", fen: 500_000), profile: Self.n24, now: Journey.at("2026-11-26"))
        let first = try store.refund(bill: "B-1", amount: Money(fen: 150_000), refundNumber: "R-1", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        #expect(first.toSharers.map(\.amount) == [Money(fen: 150_000)])
        #expect(throws: RefundError.exceedsRefundable(requested: Money(fen: 400_000), refundable: Money(fen: 350_000))) {
            try store.refund(bill: "B-1", amount: Money(fen: 400_000), refundNumber: "R-2", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        }
        #expect(throws: KioskStoreError.billNotFound(number: "B-9")) {
            try store.refund(bill: "B-9", amount: Money(fen: 1), refundNumber: "R-2", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        }
        try store.refund(bill: "B-1", amount: Money(fen: 350_000), refundNumber: "R-2", date: Journey.day("2026-11-28"), now: Journey.at("2026-11-28"))
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber) == Journey.sharerRecord)
        #expect(try store.insuredPerson(idNumber: Journey.spouseRecord.idNumber) == Journey.spouseRecord)
        #expect(try store.refunds(ofBill: "B-1").map(\.number) == ["R-1", "R-2"])
        #expect(try store.refunds(forMember: Journey.spouse, from: Journey.day("2026-11-28"), to: Journey.day("2026-11-30")).map(\.number) == ["R-2"])
        let rows = try store.spending(ofSharer: Journey.sharer, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30"))
        #expect(rows.map(\.amount.fen) == [200_000, -150_000, -50_000])
        try expectLedgerConserves(store, people: [Journey.sharerRecord, Journey.spouseRecord])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test("a contribution for a resident-insured member, inside the window, once")
    func premium() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store, profile: Self.n24)
        try Journey.approve(number, in: store, profile: Self.n24)
        try store.beginRelationship(application: number, member: 0, quota: nil, profile: Self.n24, calendar: Journey.calendar, now: Journey.at("2026-11-25"))
        let entry = try #require(Self.n24.premiums.first { $0.coverageYear == 2027 && $0.kind == .residentMedical })
        let request = PremiumRequest(member: Journey.child, memberInsurance: .resident, coverageYear: 2027, amount: entry.amount, date: Journey.day("2026-11-26"))

        let receipt = try store.payPremium(request, sharer: Journey.sharer, profile: Self.n24, now: Journey.at("2026-11-26"))
        #expect(receipt.paid.amount == entry.amount)
        #expect(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber)?.balanceFen == Journey.sharerRecord.balanceFen - entry.amount.fen)
        #expect(try store.premiums(forMember: Journey.child) == [receipt.paid])
        #expect(throws: PremiumRefusal.alreadyPaid(receipt.paid)) {
            try store.payPremium(request, sharer: Journey.sharer, profile: Self.n24, now: Journey.at("2026-11-26"))
        }
        #expect(throws: KioskStoreError.noRelationshipInForce) {
            try store.payPremium(request, sharer: Journey.spouse, profile: Self.n24, now: Journey.at("2026-11-26"))
        }
        let rows = try store.spending(forMember: Journey.child, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30"))
        #expect(rows.map(\.kind) == [.premium])
        try expectLedgerConserves(store, people: [Journey.sharerRecord, Journey.childRecord])
    }
}

@Suite("A whole life, from application to unbinding")
struct WholeLifeTests {
    @Test("submit, confirm, approve, share with a quota, settle, refund, unbind: the quota comes back, every balance adds up")
    func wholeLife() throws {
        let store = try Journey.store()
        let number = try Journey.submitted(in: store)
        #expect(try store.invitations(awaiting: Journey.child).isEmpty)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        let invitation = try #require(try store.invitations(awaiting: Journey.child).first)
        try store.recordMemberEvent(
            .confirm(invitation.party), member: invitation.memberIndex, application: invitation.number, at: Journey.at("2026-11-24"),
            profile: Journey.profile, calendar: Journey.calendar)
        try store.recordMemberEvent(.approve, member: 0, application: number, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        let stored = try store.beginRelationship(
            application: number, member: 0, quota: .yuan(1000), profile: Journey.profile, calendar: Journey.calendar, now: Journey.at("2026-11-25", "10:05"))
        #expect(stored.relationship.state == .active)

        let bill = Bill(number: "H-2026-0001", member: Journey.child, amount: .yuan(500), use: .hospitalSelfPay, date: Journey.day("2026-11-26"))
        let settlement = try store.settle(bill, profile: Journey.profile, now: Journey.at("2026-11-26"))
        #expect(settlement.sharerPayments == [SharerPayment(sharer: Journey.sharer, source: .quota(.yuan(500)))])
        #expect(try store.relationships(asMember: Journey.child).first?.relationship.quota?.used == .yuan(500))

        let refund = try store.refund(bill: bill.number, amount: .yuan(200), refundNumber: "R-1", date: Journey.day("2026-11-27"), now: Journey.at("2026-11-27"))
        #expect(refund.toSharers == [SharerPayment(sharer: Journey.sharer, source: .quota(.yuan(200)))])
        #expect(try store.relationships(asMember: Journey.child).first?.relationship.quota?.used == .yuan(300))

        let forMember = try store.spending(forMember: Journey.child, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30"))
        #expect(forMember.map(\.amount) == [.yuan(500), .yuan(-200)])
        #expect(forMember.allSatisfy { $0.fromQuota })
        #expect(try store.spending(ofSharer: Journey.sharer, from: Journey.day("2026-11-01"), to: Journey.day("2026-11-30")) == forMember)

        let ending = try store.endRelationship(stored.id, by: .unbindBySharer, on: Journey.day("2026-11-28"), now: Journey.at("2026-11-28"))
        #expect(ending.quotaReturned == .yuan(700))
        let sharer = try #require(try store.insuredPerson(idNumber: Journey.sharerRecord.idNumber))
        #expect(sharer.balanceFen == Journey.sharerRecord.balanceFen - 30_000)

        try expectLedgerConserves(store, people: [Journey.sharerRecord, Journey.childRecord, Journey.spouseRecord])
        let quotaLeft = try store.read { db in
            try Int64.fetchOne(db, sql: "SELECT sum(change_fen) FROM ledger_entry WHERE account_kind = 'quota'")
        }
        #expect(quotaLeft == 0)
        let events = try store.journalEvents(origin: Journey.origin)
        #expect(try store.verifyJournal() == .ok(origins: 1, events: events.count))
        #expect(events.map(\.kind).suffix(8) == [
            "application.submitted", "application.member_event", "application.member_event", "application.member_event",
            "relationship.begun", "money.settled", "money.refunded", "relationship.changed",
        ])
        for event in events {
            #expect(!event.payload.contains(Journey.sharerRecord.idNumber) && !event.payload.contains(Journey.childRecord.idNumber))
        }
    }
}
