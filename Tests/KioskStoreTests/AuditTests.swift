import FamilyAid
import Foundation
@testable import KioskStore
import Testing

/// The journal read for an audit: by operator, by resident (through their subject key and their
/// applications), and by time.
@Suite("Audit")
struct AuditTests {
    @Test func eventsAreFoundByOperatorResidentAndTime() throws {
        let store = try Journey.store()
        let start = Journey.at("2026-06-01")
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: start, cost: .fastForTests)
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: start, cost: .fastForTests)
        let number = try Journey.submitted(in: store)
        let all = try store.auditEvents(AuditFilter())
        #expect(all.count == (try store.journalEvents(origin: Journey.origin)).count)

        let byLead = try store.auditEvents(AuditFilter(operatorID: "lead"))
        #expect(byLead.map(\.kind) == ["operator.added", "operator.added"])
        #expect(try store.auditEvents(AuditFilter(operatorID: "rev-1")).map(\.kind) == ["operator.added"])
        #expect(try store.auditEvents(AuditFilter(operatorID: "nobody")).isEmpty)

        let sharer = try store.auditEvents(AuditFilter(residentIDNumber: Journey.sharer.number))
        #expect(sharer.contains { $0.kind == "application.submitted" && $0.payload.contains(number.text) })
        #expect(!sharer.contains { $0.kind.hasPrefix("operator.") })
        let member = try store.auditEvents(AuditFilter(residentIDNumber: Journey.child.number))
        #expect(member.contains { $0.payload.contains(number.text) })
        #expect(try store.auditEvents(AuditFilter(residentIDNumber: "11010519491231002X")).isEmpty)

        // The operators were made on 06-01, the application submitted on 11-23.
        let november = Journey.at("2026-11-01")
        let sinceNovember = try store.auditEvents(AuditFilter(from: november))
        #expect(sinceNovember.contains { $0.kind == "application.submitted" })
        #expect(sinceNovember.allSatisfy { $0.recordedAt >= november && !$0.kind.hasPrefix("operator.") })
        #expect(try store.auditEvents(AuditFilter(operatorID: "lead", from: november)).isEmpty)
        #expect(try store.auditEvents(AuditFilter(from: start, to: november)).map(\.kind).filter { $0.hasPrefix("operator.") }
            == ["operator.added", "operator.added"])
    }

    @Test func aConsoleLockAndASignOutAreJournaledWithTheOperator() throws {
        let store = try Journey.store()
        let start = Journey.at("2026-11-23", "08:30")
        let lead = try store.initializeOperators(supervisor: "lead", password: "lead-password", now: start, cost: .fastForTests)
        try store.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: start, cost: .fastForTests)
        _ = try store.authenticateOperator("rev-1", password: "review-password", now: Journey.at("2026-11-23", "09:00"))
        try store.recordConsole(.locked, operator: "rev-1", now: Journey.at("2026-11-23", "09:05"))
        _ = try store.authenticateOperator("rev-1", password: "review-password", now: Journey.at("2026-11-23", "09:20"))
        try store.recordConsole(.signedOut, operator: "rev-1", now: Journey.at("2026-11-23", "12:00"))
        #expect(try store.auditEvents(AuditFilter(operatorID: "rev-1")).map(\.kind) == [
            "operator.added", "operator.signed_in", "operator.console_locked", "operator.signed_in", "operator.signed_out",
        ])
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test func aSettlementAndARefundAreJournaledWithTheSupervisorWhoRecordedThem() throws {
        let store = try MoneyTests.spouseStore()
        let lead = try store.initializeOperators(
            supervisor: "lead", password: "lead-password", now: Journey.at("2026-11-26", "08:00"), cost: .fastForTests)
        try store.settle(MoneyTests.bill("B-1", fen: 500_000), profile: MoneyTests.n24, recordedBy: try lead.operatorID,
                         now: Journey.at("2026-11-26"))
        try store.refund(bill: "B-1", amount: Money(fen: 150_000), refundNumber: "R-1", date: Journey.day("2026-11-27"),
                         recordedBy: try lead.operatorID, now: Journey.at("2026-11-27"))
        // The settlement system's own feed, with no operator at work.
        try store.settle(MoneyTests.bill("B-2", fen: 1_000), profile: MoneyTests.n24, now: Journey.at("2026-11-28"))

        let byLead = try store.auditEvents(AuditFilter(operatorID: "lead"))
        #expect(byLead.map(\.kind) == ["operator.added", "money.settled", "money.refunded"])
        for event in byLead.dropFirst() {
            let payload = try #require(try JSONSerialization.jsonObject(with: Data(event.payload.utf8)) as? [String: Any])
            #expect(payload["by"] as? String == "lead", "\(event.payload)")
        }
        let unattributed = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(unattributed.kind == "money.settled" && unattributed.payload.contains("\"bill\":\"B-2\""))
        #expect(!unattributed.payload.contains("\"by\""), "\(unattributed.payload)")
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }
}
