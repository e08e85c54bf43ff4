import FamilyAid
import Foundation
import GRDB
@testable import GongjiApp
@testable import KioskStore
import KioskUI
import Logging
import Testing

/// A store that fills up or turns read-only in the middle of a session, as a full disk or a disk
/// remounted read-only would make it (SQLite's `max_page_count` and `query_only` on the store's
/// own writing connection): the kiosk is told so in words it shows over the screen, and nothing
/// committed before is lost.
@Suite("A store that cannot save")
struct StoreTroubleEffectTests {
    let directory: URL
    let database: KioskDatabase
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart
    let sharer = "110105196803150118"

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("gongji-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        database = try DemoStore.open(at: directory.appendingPathComponent("demo.sqlite").path, now: now, pinCost: .fastForTests)
        performer = EffectPerformer(
            database: database, lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
    }

    private func signIn() throws -> Event? {
        performer.perform(.signIn(try ResidentID.parse(sharer, today: CivilDate(now)), pin: "123456"), now: now)
    }

    private func submission() throws -> ApplicationSubmission {
        let today = CivilDate(now)
        let spouse = ApplicationSubmission.Member(
            details: MemberDetails(name: PersonName("李秀英"), id: try ResidentID.parse("110105197007080221", today: today), relation: .near(.spouse, .marriage)),
            confirmations: [.member], uses: [.hospitalSelfPay], quota: Money(yuanText: "5000"), rank: nil,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234")])
        return ApplicationSubmission(
            sharer: try ResidentID.parse(sharer, today: today), profile: .kioskDefault, members: [spouse],
            letter: .onScreen(LetterSignature(version: "2026.1", language: .chinese, contentSHA256: String(repeating: "ab", count: 32), signedAt: now)))
    }

    private func signIns() throws -> Int {
        try database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM journal_event WHERE kind = 'signin.succeeded'") ?? 0
        }
    }

    /// What the kiosk is told to say over the screen, if anything.
    private func notice(_ event: Event?) -> StoreNotice? {
        guard case .storeCannotSave(let notice)? = event else { return nil }
        return notice
    }

    @Test func aStoreThatFillsUpSaysSoAndKeepsWhatWasSavedBefore() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("the first application was not submitted")
            return
        }
        // From now on the store may not grow: the free room left in its pages runs out soon.
        try database.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        var saved = 0
        var answer = try signIn()
        while case .signInAnswered(.signedIn)? = answer, saved < 2_000 {
            saved += 1
            answer = try signIn()
        }
        #expect(notice(answer) == .full, "after \(saved) sign-ins: \(String(describing: answer))")
        #expect(notice(performer.perform(.submitApplication(try submission()), now: now)) == .full)

        #expect(try signIns() == saved, "every sign-in answered as saved is in the journal")
        #expect(try database.application(number: receipt.number) != nil)
        #expect(try database.applications(asSharer: try ResidentID.parse(sharer, today: CivilDate(now))).count == 1)
        guard case .ok = try database.verifyJournal() else {
            Issue.record("the journal does not verify")
            return
        }
    }

    @Test func aStoreThatTurnsReadOnlySaysSoAndStillReads() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("the application was not submitted")
            return
        }
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = 1") }

        #expect(notice(try signIn()) == .readOnly)
        #expect(notice(performer.perform(.submitApplication(try submission()), now: now)) == .readOnly)
        let member = try ResidentID.parse("110105197007080221", today: CivilDate(now))
        guard case .memberLookedUp(_, let person)? = performer.perform(.lookUpMember(member), now: now) else {
            Issue.record("the registry can no longer be read")
            return
        }
        #expect(person?.name.text == "李秀英")
        #expect(try database.application(number: receipt.number) != nil)
        #expect(try signIns() == 0)
    }
}
