import FamilyAid
import Foundation
import GRDB
@testable import KioskStore
import Testing

/// The notifications outbox: each invitation and each reviewer's decision leaves exactly one
/// message, written in the same transaction; handing over, resending under the same ID and
/// taking in receipts.
@Suite("Notifications outbox")
struct OutboxTests {
    static let reviewer = try! OperatorID("demo-reviewer")
    static let supervisor = AuthenticatedOperator(id: "lead", role: .supervisor)
    static let childMobile = MobileNumber("139 1234 5678")!

    /// The child's application, submitted with the mobile number typed for the child (or none).
    static func submitted(in store: KioskDatabase, mobile: MobileNumber? = childMobile) throws -> ApplicationNumber {
        var application = SharingApplication(sharer: Journey.sharer, channel: .kiosk, profile: Journey.profile)
        try application.addMember(
            MemberDetails(name: PersonName(Journey.childRecord.name), id: Journey.child, relation: .near(.child, .birth), mobile: mobile),
            at: Journey.at("2026-11-23", "09:50"), profile: Journey.profile, calendar: Journey.calendar)
        try application.submit(at: Journey.at("2026-11-23"), profile: Journey.profile, calendar: Journey.calendar)
        return try store.submitApplication(application, proofs: [:], signature: Journey.signature, now: Journey.at("2026-11-23"))
    }

    static func check(_ number: ApplicationNumber, in store: KioskDatabase, confirming: Set<ConfirmingParty> = [.member]) throws {
        try store.recordMemberEvent(
            .passSystemCheck(confirming: confirming), member: 0, application: number, at: Journey.at("2026-11-23", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
    }

    static func underReview(in store: KioskDatabase) throws -> ApplicationNumber {
        let number = try submitted(in: store)
        try check(number, in: store)
        try store.recordMemberEvent(
            .confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        return number
    }

    static func stage(_ number: ApplicationNumber, in store: KioskDatabase) throws -> MemberStage? {
        try store.application(number: number)?.application.members[0].lifecycle.state.stage
    }

    // MARK: - Messages written with what caused them

    @Test("an invitation leaves one message, to the number typed for the member, with what its template needs")
    func invitation() throws {
        let store = try Journey.store()
        let number = try Self.submitted(in: store)
        #expect(try store.outboxMessages().isEmpty, "submitting before the check invites nobody")
        try Self.check(number, in: store)
        let messages = try store.outboxMessages()
        try #require(messages.count == 1)
        let message = messages[0]
        #expect(message.id == "\(Journey.origin)-M000001")
        #expect(message.kind == .invitation)
        #expect(message.mobile == "13912345678")
        #expect(message.state == .pending && message.attempts == 0 && message.handedOverAt == nil)
        #expect(message.language == .chinese)
        #expect(message.parameters == OutboxParameters(
            number: number.text, member: 0, sharerName: "张*", confirmBy: Journey.day("2026-12-07")))
        // A confirmation after it owes nobody a message.
        try store.recordMemberEvent(
            .confirm(.member), member: 0, application: number, at: Journey.at("2026-11-24"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.outboxMessages().count == 1)
    }

    @Test("the sharer's own consent owes no invitation; the member's is sent once, and the sharer's confirmation adds none")
    func sharerIsNotInvited() throws {
        let store = try Journey.store()
        let number = try Self.submitted(in: store)
        try Self.check(number, in: store, confirming: [.member, .sharer])
        try store.recordMemberEvent(
            .confirm(.sharer), member: 0, application: number, at: Journey.at("2026-11-23", "10:02"), profile: Journey.profile, calendar: Journey.calendar)
        #expect(try store.outboxMessages().map(\.kind) == [.invitation])
    }

    @Test("an invitation for someone with no mobile number anywhere is kept as noRecipient, never dropped")
    func noRecipient() throws {
        let store = try Journey.store()
        let number = try Self.submitted(in: store, mobile: nil)
        try Self.check(number, in: store)
        let message = try #require(try store.outboxMessages().first)
        #expect(message.state == .noRecipient && message.mobile == nil)
        #expect(try store.outboxCounts()[.noRecipient] == 1)
        #expect(try store.outboxMessagesDue(at: Journey.at("2026-11-30"), resendAfter: 3600).isEmpty)
    }

    @Test("a guardian's invitation goes to the guardian's number in the registry, naming the child masked")
    func guardianInvitation() throws {
        let store = try Journey.store()
        var guardianRecord = GuardianInvitationTests.guardianRecord
        guardianRecord.mobile = "+86 13700001111"
        try store.addInsuredPeople([(guardianRecord, nil)], now: Journey.at("2026-11-23", "08:00"))
        let number = try GuardianInvitationTests.submitted(guardian: GuardianInvitationTests.guardian, in: store)
        try Self.check(number, in: store, confirming: [.guardian, .sharer])
        let messages = try store.outboxMessages()
        #expect(messages.map(\.kind) == [.guardianInvitation])
        #expect(messages.first?.mobile == "13700001111")
        #expect(messages.first?.parameters.memberName == "李*红")
    }

    @Test("a member resubmitted after a rejection is invited again, under a new message ID")
    func resubmissionInvitesAgain() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        try store.rejectMember(0, of: number, reasons: [.proofMissing], reviewer: Self.reviewer, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        try store.recordMemberEvent(.resubmit, member: 0, application: number, at: Journey.at("2026-11-26"), profile: Journey.profile, calendar: Journey.calendar)
        try store.recordMemberEvent(
            .passSystemCheck(confirming: [.member]), member: 0, application: number, at: Journey.at("2026-11-26", "10:01"),
            profile: Journey.profile, calendar: Journey.calendar)
        let messages = try store.outboxMessages()
        #expect(messages.map(\.kind) == [.invitation, .rejected, .invitation])
        #expect(Set(messages.map(\.id)).count == 3)
    }

    @Test("an approval leaves one message to the sharer's registry number")
    func approval() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        try store.approveMember(0, of: number, reviewer: Self.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        let decisions = try store.outboxMessages().filter { $0.kind != .invitation }
        try #require(decisions.count == 1)
        #expect(decisions[0].kind == .approved)
        #expect(decisions[0].mobile == Journey.sharerRecord.mobile)
        #expect(decisions[0].parameters == OutboxParameters(number: number.text, member: 0, memberName: "李*红"))
    }

    @Test("a rejection leaves one message to the sharer with the reason codes")
    func rejection() throws {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        try store.rejectMember(
            0, of: number, reasons: [.proofMissing, .relationImplausible], reviewer: Self.reviewer, at: Journey.at("2026-11-25"),
            profile: Journey.profile, calendar: Journey.calendar)
        let decisions = try store.outboxMessages().filter { $0.kind != .invitation }
        #expect(decisions.map(\.kind) == [.rejected])
        #expect(decisions.first?.parameters.reasons == [.proofMissing, .relationImplausible])
        #expect(decisions.first?.mobile == Journey.sharerRecord.mobile)
    }

    @Test("an approval whose relationship cannot begin leaves no message")
    func failedApprovalLeavesNone() throws {
        let store = try Journey.store()
        let first = try Self.underReview(in: store)
        try store.approveMember(0, of: first, reviewer: Self.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        let second = try Self.underReview(in: store)
        let before = try store.outboxMessages()
        #expect(throws: KioskStoreError.self) {
            try store.approveMember(0, of: second, reviewer: Self.reviewer, quota: .yuan(500), at: Journey.at("2026-11-26"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try Self.stage(second, in: store) == .underReview)
        #expect(try store.outboxMessages() == before)
    }

    @Test("a step the lifecycle refuses leaves no message")
    func refusedStepLeavesNone() throws {
        let store = try Journey.store()
        let number = try Self.submitted(in: store)
        #expect(throws: LifecycleError.self) {
            try store.rejectMember(0, of: number, reasons: [.proofMissing], reviewer: Self.reviewer, at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        }
        #expect(try store.outboxMessages().isEmpty)
    }

    @Test("a message that cannot be written takes its member event with it: both or neither")
    func sameTransaction() throws {
        let store = try Journey.store()
        let number = try Self.submitted(in: store)
        let events = try store.journalEvents(origin: Journey.origin)
        try store.write { db in
            try db.execute(sql: """
                CREATE TEMP TRIGGER outbox_refuses BEFORE INSERT ON outbox_message
                BEGIN SELECT RAISE(ABORT, 'the outbox refuses'); END
                """)
        }
        #expect(throws: (any Error).self) { try Self.check(number, in: store) }
        #expect(try Self.stage(number, in: store) == .systemCheck)
        #expect(try store.journalEvents(origin: Journey.origin) == events)
        try store.write { db in try db.execute(sql: "DROP TRIGGER outbox_refuses") }
        try Self.check(number, in: store)
        #expect(try Self.stage(number, in: store) == .awaitingConfirmation)
        #expect(try store.outboxMessages().count == 1)
    }

    @Test("members checked before the application is stored are invited with it")
    func invitedAtSubmission() throws {
        let store = try Journey.store()
        var application = try Journey.application()
        try application.apply(.passSystemCheck(confirming: [.member]), toMemberAt: 0, at: Journey.at("2026-11-23"), profile: Journey.profile, calendar: Journey.calendar)
        let number = try store.submitApplication(application, proofs: [:], signature: nil, now: Journey.at("2026-11-23"))
        let messages = try store.outboxMessages()
        #expect(messages.map(\.kind) == [.invitation])
        #expect(messages.first?.parameters.number == number.text)
    }

    // MARK: - Handing over and receipts

    /// A store with one pending invitation (to the child) and one pending approval (to the sharer).
    static func storeWithTwoMessages() throws -> KioskDatabase {
        let store = try Journey.store()
        let number = try Self.underReview(in: store)
        try store.approveMember(0, of: number, reviewer: Self.reviewer, quota: .yuan(1000), at: Journey.at("2026-11-25"), profile: Journey.profile, calendar: Journey.calendar)
        return store
    }

    @Test("handing over marks the messages with the time and one more attempt, journaled by counts only")
    func handOver() throws {
        let store = try Self.storeWithTwoMessages()
        let now = Journey.at("2026-11-25", "12:00")
        let due = try store.outboxMessagesDue(at: now, resendAfter: 24 * 3600)
        #expect(due.count == 2)
        let marked = try store.markHandedOver(due.map(\.id), at: now, by: Self.supervisor)
        #expect(marked.count == 2 && marked.resent == 0)
        for message in try store.outboxMessages() {
            #expect(message.state == .handedOver && message.attempts == 1 && message.handedOverAt == now)
        }
        #expect(try store.outboxMessagesDue(at: now.addingTimeInterval(3600), resendAfter: 24 * 3600).isEmpty)
        let event = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(event.kind == "outbox.handed_over")
        #expect(event.payload.contains(#""count":2"#) && event.payload.contains(#""by":"lead""#))
        #expect(!event.payload.contains("1391234") && !event.payload.contains(Journey.sharerRecord.mobile!))
        #expect(try store.verifyJournal() == .ok(origins: 1, events: try store.journalEvents(origin: Journey.origin).count))
    }

    @Test("a message without a receipt is due again after the window, with the same ID, and counts a second attempt")
    func resend() throws {
        let store = try Self.storeWithTwoMessages()
        let first = Journey.at("2026-11-25", "12:00")
        let ids = try store.outboxMessagesDue(at: first, resendAfter: 24 * 3600).map(\.id)
        try store.markHandedOver(ids, at: first, by: Self.supervisor)
        _ = try store.acknowledgeMessages([OutboxReceipt(messageID: ids[0], status: .delivered, at: nil, line: 2)], at: first, by: Self.supervisor)
        #expect(try store.outboxMessagesDue(at: first.addingTimeInterval(23 * 3600), resendAfter: 24 * 3600).isEmpty)
        let again = try store.outboxMessagesDue(at: first.addingTimeInterval(24 * 3600), resendAfter: 24 * 3600)
        #expect(again.map(\.id) == [ids[1]], "the delivered one is not sent again")
        let marked = try store.markHandedOver(again.map(\.id), at: first.addingTimeInterval(24 * 3600), by: Self.supervisor)
        #expect(marked.count == 1 && marked.resent == 1)
        let resent = try #require(try store.outboxMessages().first { $0.id == ids[1] })
        #expect(resent.attempts == 2 && resent.state == .handedOver)
    }

    @Test("a message that got its receipt between the file and the marking is left as the receipt says")
    func markingSkipsAcknowledged() throws {
        let store = try Self.storeWithTwoMessages()
        let now = Journey.at("2026-11-25", "12:00")
        let ids = try store.outboxMessagesDue(at: now, resendAfter: 3600).map(\.id)
        try store.markHandedOver(ids, at: now, by: Self.supervisor)
        _ = try store.acknowledgeMessages([OutboxReceipt(messageID: ids[0], status: .delivered, at: nil, line: 2)], at: now, by: Self.supervisor)
        let marked = try store.markHandedOver(ids, at: now.addingTimeInterval(7200), by: Self.supervisor)
        #expect(marked.count == 1)
        #expect(try store.outboxMessages().first { $0.id == ids[0] }?.state == .delivered)
    }

    @Test("receipts apply; the same file again changes nothing; unknown IDs and messages never handed over are reported by line")
    func receipts() throws {
        let store = try Self.storeWithTwoMessages()
        let now = Journey.at("2026-11-25", "12:00")
        let ids = try store.outboxMessages().map(\.id)
        try store.markHandedOver([ids[0]], at: now, by: Self.supervisor)
        let deliveredAt = Journey.at("2026-11-25", "12:01")
        let file = [
            OutboxReceipt(messageID: ids[0], status: .delivered, at: deliveredAt, line: 2),
            OutboxReceipt(messageID: "ELSEWHERE-M000009", status: .delivered, at: nil, line: 3),
            OutboxReceipt(messageID: ids[1], status: .failed, at: nil, line: 4),
        ]
        let first = try store.acknowledgeMessages(file, at: now, by: Self.supervisor)
        #expect(first.delivered == 1 && first.failed == 0 && first.unchanged == 0)
        #expect(first.unknown == [.init(line: 3, messageID: "ELSEWHERE-M000009")])
        #expect(first.notHandedOver == [.init(line: 4, messageID: ids[1])])
        let delivered = try #require(try store.outboxMessages().first { $0.id == ids[0] })
        #expect(delivered.state == .delivered && delivered.receiptAt == deliveredAt)
        let event = try #require(try store.journalEvents(origin: Journey.origin).last)
        #expect(event.kind == "outbox.acknowledged" && event.payload.contains(#""delivered":1"#) && event.payload.contains(#""unknown":1"#))

        let events = try store.journalEvents(origin: Journey.origin)
        let messages = try store.outboxMessages()
        let second = try store.acknowledgeMessages(file, at: now.addingTimeInterval(60), by: Self.supervisor)
        #expect(second.changed == 0 && second.unchanged == 1)
        #expect(try store.outboxMessages() == messages)
        #expect(try store.journalEvents(origin: Journey.origin) == events, "nothing changed, nothing journaled")
    }

    @Test("a delivery stands against a later failure; a failure gives way to a later delivery")
    func receiptOrder() throws {
        let store = try Self.storeWithTwoMessages()
        let now = Journey.at("2026-11-25", "12:00")
        let ids = try store.outboxMessages().map(\.id)
        try store.markHandedOver(ids, at: now, by: Self.supervisor)
        _ = try store.acknowledgeMessages([
            OutboxReceipt(messageID: ids[0], status: .delivered, at: nil, line: 2),
            OutboxReceipt(messageID: ids[1], status: .failed, at: nil, line: 3),
        ], at: now, by: Self.supervisor)
        let later = try store.acknowledgeMessages([
            OutboxReceipt(messageID: ids[0], status: .failed, at: nil, line: 2),
            OutboxReceipt(messageID: ids[1], status: .delivered, at: nil, line: 3),
        ], at: now, by: Self.supervisor)
        #expect(later.delivered == 1 && later.unchanged == 1)
        #expect(try store.outboxMessages().map(\.state) == [.delivered, .delivered])
    }

    @Test("handing over and receipts are for a supervisor")
    func supervisorOnly() throws {
        let store = try Self.storeWithTwoMessages()
        let clerk = AuthenticatedOperator(id: "clerk", role: .intakeClerk)
        let ids = try store.outboxMessages().map(\.id)
        #expect(throws: OperatorError.self) { try store.markHandedOver(ids, at: Journey.at("2026-11-25"), by: clerk) }
        #expect(throws: OperatorError.self) { try store.acknowledgeMessages([], at: Journey.at("2026-11-25"), by: clerk) }
        #expect(try store.outboxMessages().allSatisfy { $0.state == .pending })
    }

    @Test("counts list every state")
    func counts() throws {
        let store = try Self.storeWithTwoMessages()
        let counts = try store.outboxCounts()
        #expect(counts == [.pending: 2, .handedOver: 0, .delivered: 0, .failed: 0, .noRecipient: 0])
    }

    @Test("the schema refuses a message ID that does not spell its origin and count, and a noRecipient with a number")
    func schemaRules() throws {
        let store = try Self.storeWithTwoMessages()
        let number = try #require(try store.outboxMessages().first?.parameters.number)
        func insert(_ id: String, sequence: Int, mobile: String?, state: String) throws {
            try store.write { db in
                try db.execute(sql: """
                    INSERT INTO outbox_message (id, origin, sequence, kind, parameters, application_number, member_position,
                        mobile, language, state, created_at)
                    VALUES (?, ?, ?, 'approved', '{}', ?, 0, ?, 'zh-Hans', ?, '2026-11-25 00:00:00.000')
                    """, arguments: [id, Journey.origin, sequence, number, mobile, state])
            }
        }
        #expect(throws: (any Error).self) { try insert("\(Journey.origin)-M9", sequence: 9, mobile: "13800000000", state: "pending") }
        #expect(throws: (any Error).self) { try insert("\(Journey.origin)-M000009", sequence: 9, mobile: "13800000000", state: "noRecipient") }
        #expect(throws: (any Error).self) { try insert("\(Journey.origin)-M000009", sequence: 9, mobile: nil, state: "pending") }
        #expect(throws: (any Error).self) { try insert("\(Journey.origin)-M000009", sequence: 9, mobile: "13800000000", state: "handedOver") }
        try insert("\(Journey.origin)-M000009", sequence: 9, mobile: "13800000000", state: "pending")
    }
}
