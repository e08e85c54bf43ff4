import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// The console's effects against a demo store: sign-in, the queue with overdue days counted, the
/// application with its verdicts and scanned files, and decisions through the shared function.
@Suite("Counter console effects")
struct CounterPerformerTests {
    let now = FollowUpStore.monday

    func performer(_ database: KioskDatabase, documents: URL) -> CounterEffectPerformer {
        CounterEffectPerformer(
            database: database, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() },
            policy: FollowUpStore.profile, calendar: FollowUpStore.calendar, documents: DocumentFolder(directory: documents))
    }

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gongji-counter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func operatorsSignInAndAWrongPasswordSaysTheTriesLeft() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let counter = performer(demo, documents: try temporaryFolder())
        #expect(counter.perform(.authenticate(operatorID: "demo-reviewer", password: "nope-nope"), now: now).map(String.init(describing:))
                == String(describing: CounterEvent.operatorAnswered(.wrongPassword(remainingTries: 4))))
        guard case .operatorAnswered(.signedIn(let person))? = counter.perform(
            .authenticate(operatorID: "demo-reviewer", password: "review-demo"), now: now) else {
            Issue.record("the reviewer was not signed in")
            return
        }
        #expect(person == CounterOperator(id: "demo-reviewer", role: .reviewer))
        let journal = try demo.journalEvents(origin: DemoStore.originID).suffix(2).map(\.kind)
        #expect(journal == ["operator.refused", "operator.signed_in"], "\(journal)")

        #expect(counter.perform(.locked(operatorID: "demo-reviewer"), now: now.addingTimeInterval(300)) == nil)
        #expect(counter.perform(.signedOut(operatorID: "demo-reviewer"), now: now.addingTimeInterval(900)) == nil)
        let events = try demo.journalEvents(origin: DemoStore.originID).suffix(2)
        #expect(events.map(\.kind) == ["operator.console_locked", "operator.signed_out"])
        #expect(events.allSatisfy { $0.payload.contains("\"operator\":\"demo-reviewer\"") }, "\(events.map(\.payload))")
    }

    @Test func theQueueCountsTheWorkingDaysOverdue() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let number = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let counter = performer(demo, documents: try temporaryFolder())
        let request = QueueRequest(filter: .all, search: "", after: nil, limit: 10)
        guard case .queueLoaded(let page)? = counter.perform(.loadQueue(request), now: now) else { Issue.record("no page"); return }
        #expect(page.entries.map(\.memberName) == ["李秀英", "王小明"])
        #expect(page.entries.allSatisfy { $0.number == number && $0.overdueBy == nil && $0.decideBy == CivilDate("2026-11-26") })
        let tuesdayAfter = now.addingTimeInterval(8 * 86_400)  // 2026-12-01
        guard case .queueLoaded(let late)? = counter.perform(.loadQueue(request), now: tuesdayAfter) else { Issue.record("no page"); return }
        #expect(late.entries.map(\.overdueBy) == [3, 3])
    }

    @Test func theApplicationShowsItsScanAndWhetherTheFileIsUnchanged() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let documents = DocumentFolder(directory: folder)
        let sha = try documents.keep(Array("%PDF-1.4 marriage certificate %%EOF".utf8), format: .pdf)
        let number = try DemoReviewSample.add(
            to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now, spouseScan: sha)
        let counter = performer(demo, documents: folder)
        guard case .applicationLoaded(let application)? = counter.perform(.loadApplication(number), now: now) else {
            Issue.record("no application")
            return
        }
        #expect(application.sharerName == "王建国" && application.maskedSharerID == "110105********0118")
        #expect(application.members.map(\.name) == ["李秀英", "王小明"])
        #expect(application.members.map(\.maskedID) == ["110105********0221", "110105********031X"])
        #expect(application.members.allSatisfy { $0.verdict == [] && $0.stage == .underReview })
        let hashes = application.members.map { $0.proofs.map(\.sha256) }
        #expect(hashes.first?.contains(sha) == true)
        let index = try #require(hashes[0].firstIndex(of: sha))

        func state() -> ProofFileState? {
            guard case .proofFilesChecked(let files)? = counter.perform(.checkProofFiles(hashes), now: now) else { return nil }
            return files[0][index]
        }
        #expect(state() == .unchanged)
        try Data("altered".utf8).write(to: documents.url(of: sha, format: .pdf))
        #expect(state() == .changed)
        try documents.remove(sha)
        #expect(state() == .missing)
    }

    @Test func decisionsGoThroughTheSharedFunctionAndTheNoteIsKept() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let number = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let counter = performer(demo, documents: try temporaryFolder())
        let approve = ReviewDecision(number: number, memberIndex: 1, verdict: .approve(quota: nil))
        guard case .decided(.approved(let stage, _))? = counter.perform(.decide(approve, reviewer: "demo-reviewer"), now: now) else {
            Issue.record("not approved")
            return
        }
        #expect(stage == .active)
        let reject = ReviewDecision(number: number, memberIndex: 0, verdict: .reject(.proofMissing, note: "结婚证复印件看不清"))
        #expect(counter.perform(.decide(reject, reviewer: "demo-reviewer"), now: now).map(String.init(describing:))
                == String(describing: CounterEvent.decided(.rejected(.proofMissing))))
        #expect(try demo.reviewNote(0, of: number)?.text == "结婚证复印件看不清")
        let last = try #require(try demo.journalEvents(origin: DemoStore.originID).last)
        #expect(last.payload.contains(#""reviewer":"demo-reviewer""#) && last.payload.contains(#""noted":true"#))
        #expect(!last.payload.contains("结婚证"))
        #expect(counter.perform(.decide(reject, reviewer: "demo-reviewer"), now: now).map(String.init(describing:))
                == String(describing: CounterEvent.decided(.notUnderReview(.rejected))))
    }

    @Test func aReviewerWhoTookTheApplicationInIsToldAnotherDecides() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let sample = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let taken = try #require(try demo.application(number: sample))
        let own = try demo.submitApplication(
            taken.application, proofs: [:], signature: nil, takenInBy: try OperatorID("demo-reviewer"), now: now)
        let counter = performer(demo, documents: try temporaryFolder())
        let approve = ReviewDecision(number: own, memberIndex: 1, verdict: .approve(quota: nil))
        #expect(counter.perform(.decide(approve, reviewer: "demo-reviewer"), now: now).map(String.init(describing:))
                == String(describing: CounterEvent.decided(.ownIntake)))
        #expect(try demo.application(number: own)?.application.members[1].lifecycle.state.stage == .underReview)
    }
}
