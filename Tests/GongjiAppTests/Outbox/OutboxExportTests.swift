import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Handing messages to the gateway through a file: the file holds them whole before they are
/// marked; a file that cannot be written marks nothing; the demo store's sample application
/// leaves the messages a reviewer's day should.
@Suite("Outbox export")
struct OutboxExportTests {
    let now = ReplayRunner.defaultStart
    let database: KioskDatabase
    let supervisor: AuthenticatedOperator
    let directory: TemporaryDirectory
    static let templates = MessageTemplateTests.templates

    init() throws {
        database = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        supervisor = try database.authenticateOperator(DemoOperators.supervisor.id, password: DemoOperators.supervisor.password, now: now)
        directory = try TemporaryDirectory()
    }

    /// The sample application (the spouse invited and confirmed, the son needing nobody), the son approved.
    func sampleWithDecision() throws -> ApplicationNumber {
        let number = try DemoReviewSample.add(to: database, profile: .kioskDefault, calendar: .weekendsOnly, now: now)
        let reviewer = try OperatorID(DemoOperators.reviewer.id)
        try database.approveMember(
            1, of: number, reviewer: reviewer, quota: Money(fen: 100_000), at: now.addingTimeInterval(60), profile: .kioskDefault,
            calendar: .weekendsOnly)
        return number
    }

    @Test("the file has the header and one line per message, the text rendered; then the messages are handed over")
    func export() throws {
        let number = try sampleWithDecision()
        let path = directory.path("outbox.csv")
        let summary = try OutboxExport.run(
            database: database, templates: Self.templates, to: path, resendAfterHours: 24, now: now.addingTimeInterval(120), by: supervisor)
        #expect(summary == OutboxExport.Summary(handedOver: 2, resent: 0, noRecipient: 0))
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (rows, problems) = CSVText.rows(text)
        #expect(problems.isEmpty)
        #expect(rows.first?.fields == ["message_id", "mobile", "language", "text"])
        #expect(rows.dropFirst().map { $0.fields[0] } == ["DEM001-M000001", "DEM001-M000002"])
        #expect(rows.dropFirst().map { $0.fields[1] } == ["13800138002", "13800138001"], "the spouse, then the sharer")
        #expect(rows[1].fields[3].contains("王*国") && rows[1].fields[3].contains(number.text))
        #expect(rows[2].fields[3].contains("第 2 位成员 王*明 已审核通过"))
        #expect(try database.outboxMessages().allSatisfy { $0.state == .handedOver && $0.attempts == 1 })
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o640, "mobile numbers: the service's user and group only")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.url.path) == ["outbox.csv"], "no temporary file left")
    }

    @Test("a second export within the window hands over nothing; after it, the same IDs again")
    func resend() throws {
        _ = try sampleWithDecision()
        _ = try OutboxExport.run(
            database: database, templates: Self.templates, to: directory.path("1.csv"), resendAfterHours: 24, now: now, by: supervisor)
        let soon = try OutboxExport.run(
            database: database, templates: Self.templates, to: directory.path("2.csv"), resendAfterHours: 24,
            now: now.addingTimeInterval(3600), by: supervisor)
        #expect(soon.handedOver == 0)
        let later = try OutboxExport.run(
            database: database, templates: Self.templates, to: directory.path("3.csv"), resendAfterHours: 24,
            now: now.addingTimeInterval(25 * 3600), by: supervisor)
        #expect(later.handedOver == 2 && later.resent == 2)
        let first = CSVText.rows(try String(contentsOfFile: directory.path("1.csv"), encoding: .utf8)).rows.map(\.fields)
        let third = CSVText.rows(try String(contentsOfFile: directory.path("3.csv"), encoding: .utf8)).rows.map(\.fields)
        #expect(first == third, "the same messages, the same IDs and words")
    }

    @Test("an existing file is never written over, and nothing is marked")
    func existingFile() throws {
        _ = try sampleWithDecision()
        let path = directory.path("outbox.csv")
        try Data("the gateway has not taken this yet\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: DurableFileError.exists(path)) {
            try OutboxExport.run(database: database, templates: Self.templates, to: path, resendAfterHours: 24, now: now, by: supervisor)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "the gateway has not taken this yet\n")
        #expect(try database.outboxMessages().allSatisfy { $0.state == .pending })
    }

    @Test("a file that cannot be written marks nothing")
    func unwritable() throws {
        _ = try sampleWithDecision()
        let path = directory.path("no-such-folder/outbox.csv")
        #expect(throws: DurableFileError.self) {
            try OutboxExport.run(database: database, templates: Self.templates, to: path, resendAfterHours: 24, now: now, by: supervisor)
        }
        #expect(try database.outboxMessages().allSatisfy { $0.state == .pending && $0.attempts == 0 })
        #expect(try database.journalEvents(origin: DemoStore.originID).last?.kind != "outbox.handed_over")
    }

    @Test("an intake clerk may not hand messages over")
    func clerk() throws {
        _ = try sampleWithDecision()
        let clerk = try database.authenticateOperator(DemoOperators.clerk.id, password: DemoOperators.clerk.password, now: now)
        #expect(throws: OperatorError.self) {
            try OutboxExport.run(
                database: database, templates: Self.templates, to: directory.path("outbox.csv"), resendAfterHours: 24, now: now, by: clerk)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.path("outbox.csv")))
    }

    @Test("a kiosk submission invites the member at the number typed for them")
    func kioskSubmission() throws {
        let performer = EffectPerformer(
            database: database, lockout: .standard, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
        let today = CivilDate(now)
        let spouse = ApplicationSubmission.Member(
            details: MemberDetails(
                name: PersonName("李秀英"), id: try ResidentID.parse("110105197007080221", today: today), relation: .near(.spouse, .marriage),
                mobile: MobileNumber("13912345678")),
            confirmations: [.member], uses: [.hospitalSelfPay], quota: Money(yuanText: "5000"), rank: nil,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234")])
        let submission = ApplicationSubmission(
            sharer: try ResidentID.parse("110105196803150118", today: today), profile: .kioskDefault, members: [spouse],
            letter: .onScreen(LetterSignature(version: "2026.1", language: .chinese, contentSHA256: String(repeating: "ab", count: 32), signedAt: now)))
        guard case .applicationSubmitted? = performer.perform(.submitApplication(submission), now: now) else {
            Issue.record("not submitted")
            return
        }
        let messages = try database.outboxMessages()
        #expect(messages.map(\.kind) == [.invitation])
        #expect(messages.first?.mobile == "13912345678", "the number typed, not the registry's 13800138002")
    }
}
