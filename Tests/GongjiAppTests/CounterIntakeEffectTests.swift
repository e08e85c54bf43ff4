import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// A resident served at the counter, against the demo store: the originals checked against the
/// registry, and the application stored through the counter channel with the clerk, the paper
/// forms and the sighted proofs.
@Suite("Counter intake against the store")
struct CounterIntakeEffectTests {
    let database: KioskDatabase
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    init() throws {
        database = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        performer = EffectPerformer(
            database: database, lockout: .standard,
            logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
    }

    func id(_ number: String) throws -> ResidentID {
        try ResidentID.parse(number, today: CivilDate(now))
    }

    func submission(form: String = "SQ2026-000123") throws -> ApplicationSubmission {
        let spouse = ApplicationSubmission.Member(
            details: MemberDetails(name: PersonName("李秀英"), id: try id("110105197007080221"), relation: .near(.spouse, .marriage)),
            confirmations: [.member], uses: [.hospitalSelfPay], quota: Money(yuanText: "5000"), rank: nil,
            proofs: [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234", sighted: true)])
        return ApplicationSubmission(
            sharer: try id("110105196803150118"), profile: .kioskDefault, members: [spouse],
            letter: .paper(PaperForms(applicationForm: form, letterForm: "CN2026-000456", signedAt: now)), takenInBy: "demo-clerk")
    }

    @Test("The originals check", arguments: [
        ("王建国", "verified"), ("王 建国", "verified"), ("王建", "nameMismatch"), ("王健国", "nameMismatch"),
    ])
    func originals(name: String, expected: String) throws {
        let answer = performer.perform(.verifyInPerson(try id("110105196803150118"), name: PersonName(name)), now: now)
        switch answer {
        case .inPersonAnswered(.verified(let person))?:
            #expect(expected == "verified")
            #expect(person.name == PersonName("王建国"))
        case .inPersonAnswered(.nameMismatch)?:
            #expect(expected == "nameMismatch")
        default:
            Issue.record("unexpected answer \(String(describing: answer))")
        }
    }

    @Test func aNumberTheRegistryLacksIsSaidSo() throws {
        let answer = performer.perform(.verifyInPerson(try id("11010519491231002X"), name: PersonName("张三")), now: now)
        guard case .inPersonAnswered(.notInRegistry)? = answer else {
            Issue.record("unexpected answer \(String(describing: answer))")
            return
        }
    }

    @Test func theApplicationIsStoredAsTakenInAtTheCounter() throws {
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        let stored = try #require(try database.application(number: receipt.number))
        #expect(stored.application.channel == .counter)
        #expect(stored.signature?.letter == .paper(formNumber: "CN2026-000456"))
        #expect(stored.signature?.channel == .counter)
        #expect(stored.proofs[0].map(\.sighted) == [true])
        #expect(try database.counterIntake(of: receipt.number) == CounterIntake(takenInBy: "demo-clerk", paperForm: "SQ2026-000123"))
        let journal = try database.journalEvents(origin: DemoStore.originID).last { $0.kind == JournalEventKind.applicationSubmitted.rawValue }
        #expect(journal?.payload.contains("\"operator\":\"demo-clerk\"") == true, "the clerk is journaled")
        let audited = try database.auditEvents(AuditFilter(operatorID: "demo-clerk"))
        #expect(audited.map(\.kind).contains(JournalEventKind.applicationSubmitted.rawValue), "and found by the audit")
    }

    @Test func aMemberWhoConfirmsInPersonAtTheCounterIsJournaledWithTheClerk() throws {
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        var serving = performer
        serving.counterClerk = try OperatorID("demo-clerk")
        let answered = serving.perform(.answerInvitation(receipt.number, member: 0, party: .member, accept: true), now: now.addingTimeInterval(600))
        guard case .invitationAnswered(.confirmed)? = answered else {
            Issue.record("not confirmed: \(String(describing: answered))")
            return
        }
        let event = try #require(try database.journalEvents(origin: DemoStore.originID).last)
        #expect(event.kind == JournalEventKind.memberEventRecorded.rawValue && event.payload.contains("\"event\":\"confirm\""))
        #expect(event.payload.contains("\"operator\":\"demo-clerk\""), "\(event.payload)")
    }

    @Test func onePaperFormIsTakenInOnce() throws {
        guard case .applicationSubmitted(let first)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        guard case .paperFormTakenIn(let form, let application)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("the same paper form was taken in twice")
            return
        }
        #expect(form == "SQ2026-000123" && application == first.number.text)
        #expect(try database.applications(asSharer: try id("110105196803150118")).count == 1, "nothing more was stored")
    }

    @Test func aKioskApplicationHasNoCounterIntake() throws {
        var kiosk = try submission()
        kiosk.takenInBy = nil
        kiosk.letter = .onScreen(LetterSignature(version: "2026.1", language: .chinese, contentSHA256: String(repeating: "ab", count: 32), signedAt: now))
        kiosk.members[0].proofs[0].sighted = false
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(kiosk), now: now) else {
            Issue.record("no receipt")
            return
        }
        #expect(try database.counterIntake(of: receipt.number) == nil)
        #expect(try database.application(number: receipt.number)?.application.channel == .kiosk)
    }

    @Test func anApplicationIsFoundByItsNumberWithItsPeopleMasked() throws {
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(try submission()), now: now) else {
            Issue.record("no receipt")
            return
        }
        let counter = CounterEffectPerformer(
            database: database, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() }, policy: .kioskDefault,
            calendar: .weekendsOnly, documents: DocumentFolder(directory: URL(fileURLWithPath: "/nonexistent")))
        guard case .applicationFound(let found?)? = counter.perform(.findApplication(receipt.number), now: now) else {
            Issue.record("the application was not found")
            return
        }
        #expect(found.people.map(\.maskedName) == ["王*国", "李*英"])
        #expect(found.people.map(\.role) == [.sharer, .member])
        #expect(found.people.map(\.id.number) == ["110105196803150118", "110105197007080221"])
        guard case .applicationFound(nil)? = counter.perform(.findApplication(try ApplicationNumber(origin: "DEM001", sequence: 9)), now: now) else {
            Issue.record("a number not on file was found")
            return
        }
    }
}
