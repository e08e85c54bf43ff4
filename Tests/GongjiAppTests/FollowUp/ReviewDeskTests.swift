import FamilyAid
import Foundation
@testable import GongjiApp
@testable import KioskStore
import Testing

/// The review desk in process: who may open it, the queue, and decisions per member.
@Suite("Review desk")
struct ReviewDeskTests {
    let now = FollowUpStore.monday

    func desk(
        _ database: KioskDatabase, reviewer: String = ReviewDesk.demoReviewer, password: String? = ReviewDesk.demoPassword
    ) throws(ReviewError) -> ReviewDesk {
        try ReviewDesk(
            database: database, reviewer: reviewer, password: password,
            policy: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
    }

    @Test func onlyAnOperatorWhoMayReviewWithTheirPassword() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        #expect(throws: ReviewError.passwordMissing) { try desk(demo, password: nil) }
        #expect(throws: ReviewError.operatorRefused(.wrongPassword(remainingTries: 4))) { try desk(demo, password: "guess-guess") }
        #expect(throws: ReviewError.operatorRefused(.notAllowed(id: "demo-clerk", role: .intakeClerk, duty: .review))) {
            try desk(demo, reviewer: DemoOperators.clerk.id, password: DemoOperators.clerk.password)
        }
        #expect(try desk(demo, reviewer: DemoOperators.supervisor.id, password: DemoOperators.supervisor.password).reviewer.text == "demo-supervisor")
    }

    @Test func aRealStoreIsReviewedByItsOwnOperators() throws {
        let real = try KioskDatabase.inMemory()
        try real.install(originID: "K7M2QX", isDemo: false, now: now)
        #expect(throws: ReviewError.operatorRefused(.noOperators)) { try desk(real) }
        let lead = try real.initializeOperators(supervisor: "lead", password: "lead-password", now: now, cost: .fastForTests)
        try real.addOperator("rev-1", role: .reviewer, password: "review-password", by: lead, now: now, cost: .fastForTests)
        #expect(throws: ReviewError.operatorRefused(.wrongPassword(remainingTries: 4))) { try desk(real) }
        #expect(try desk(real, reviewer: "rev-1", password: "review-password").list() == "no application is waiting for review\n")
    }

    @Test func theSampleIsListedThenDecidedPerMember() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let desk = try desk(demo)
        #expect(try desk.list() == "no application is waiting for review\n")
        let number = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let listed = try desk.list()
        #expect(listed.contains("\(number.text)  submitted 2026-11-23  sharer 王建国 110105********0118"))
        #expect(listed.contains("member 2  王小明  110105********031X  child (birth)  under review since 2026-11-23, decide by 2026-11-26"))

        #expect(try desk.decide(number.text, member: 2, reject: nil, now: now).contains("approved; relationship"))
        #expect(try desk.decide(number.text, member: 1, reject: "relation_implausible", now: now).contains("rejected: RELATION_IMPLAUSIBLE"))
        #expect(try demo.relationships(asSharer: FollowUpStore.sharer).count == 1)
        #expect(try demo.application(number: number)?.application.status == .partlyApproved)
        #expect(throws: ReviewError.notUnderReview(1, stage: .rejected)) { try desk.decide(number.text, member: 1, reject: nil, now: now) }
        #expect(throws: ReviewError.noSuchMember(3, count: 2)) { try desk.decide(number.text, member: 3, reject: nil, now: now) }
        #expect(throws: ReviewError.unknownReason("TOO_OLD")) { try desk.decide(number.text, member: 1, reject: "TOO_OLD", now: now) }
        #expect(throws: ReviewError.reasonNotForReview(.confirmationTimeout)) {
            try desk.decide(number.text, member: 1, reject: "CONFIRMATION_TIMEOUT", now: now)
        }
        #expect(throws: ReviewError.badNumber("12")) { try desk.decide("12", member: 1, reject: nil, now: now) }
        #expect(try desk.list() == "no application is waiting for review\n")
    }

    @Test func eachDecisionNamesTheReviewerInTheJournal() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let desk = try desk(demo)
        let number = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let before = try demo.journalEvents(origin: DemoStore.originID).count
        _ = try desk.decide(number.text, member: 2, reject: nil, now: now)
        _ = try desk.decide(number.text, member: 1, reject: "PROOF_MISSING", now: now)
        let decisions = try demo.journalEvents(origin: DemoStore.originID).dropFirst(before)
        #expect(decisions.map(\.kind) == ["application.member_event", "relationship.begun", "application.member_event"])
        for event in decisions {
            #expect(event.payload.contains(#""reviewer":"demo-reviewer""#), "\(event.payload)")
            #expect(!event.payload.contains("11010520150520031X") && !event.payload.contains("王小明"))
        }
        #expect(try demo.verifyJournal() == .ok(origins: 1, events: before + 3))
    }

    @Test func anApprovalWhoseRelationshipCannotBeginLeavesTheMemberUnderReview() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let desk = try desk(demo)
        let first = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        let second = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        _ = try desk.decide(first.text, member: 2, reject: nil, now: now)
        let sharer = try demo.insuredPerson(idNumber: FollowUpStore.sharer.number)
        let events = try demo.journalEvents(origin: DemoStore.originID)

        // 王小明 already shares 王建国's account: a second relationship in force is refused.
        #expect {
            try desk.decide(second.text, member: 2, reject: nil, now: now)
        } throws: { error in
            guard case ReviewError.notApproved(2, let reason) = error else { return false }
            return reason.contains("refused the record")
        }
        #expect(try demo.application(number: second)?.application.members[1].lifecycle.state.stage == .underReview)
        #expect(try demo.relationships(asSharer: FollowUpStore.sharer).count == 1)
        #expect(try demo.insuredPerson(idNumber: FollowUpStore.sharer.number) == sharer)
        #expect(try demo.journalEvents(origin: DemoStore.originID) == events)
        #expect(try desk.list().contains("\(second.text)"))
    }

    @Test func theListNamesTheGuardianWhoConfirmedForAChild() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let profile = FollowUpStore.profile, calendar = FollowUpStore.calendar
        var application = SharingApplication(sharer: FollowUpStore.id("110105194704121427"), channel: .kiosk, profile: profile)
        try application.addMember(
            MemberDetails(name: PersonName("王小明"), id: FollowUpStore.youngChild, relation: .near(.sonsChild, .birth), guardian: FollowUpStore.sharer),
            at: now, profile: profile, calendar: calendar)
        try application.submit(at: now, profile: profile, calendar: calendar)
        let number = try demo.submitApplication(application, proofs: [:], signature: nil, now: now)
        try demo.recordMemberEvent(.passSystemCheck(confirming: [.guardian]), member: 0, application: number, at: now, profile: profile, calendar: calendar)
        try demo.recordMemberEvent(.confirm(.guardian), member: 0, application: number, at: now, profile: profile, calendar: calendar)
        let listed = try desk(demo).list()
        #expect(listed.contains("member 1  王小明  110105********031X  sonsChild (birth)  under review"))
        #expect(listed.contains("    guardian 王建国  110105********0118\n"))
        #expect(!listed.contains("110105196803150118"))
    }

    @Test func aFlaggedMemberHasItsFlagClosedWithANoteNotDecidedAgain() throws {
        let demo = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        let desk = try desk(demo)
        let number = try DemoReviewSample.add(to: demo, profile: FollowUpStore.profile, calendar: FollowUpStore.calendar, now: now)
        _ = try desk.decide(number.text, member: 2, reject: nil, now: now)
        try demo.write { db in
            try KioskDatabase.flag([ImportConflict(number: number.text, memberPosition: 1, reasons: [.decidedOnBothSides])],
                                   origin: "DEM009", db: db, now: now)
        }
        #expect(try desk.list().contains("FLAGGED by an import: \(number.text) member 2: DECIDED_ON_BOTH_SIDES"))
        #expect(throws: ReviewError.notUnderReview(2, stage: .approved)) { try desk.decide(number.text, member: 2, reject: nil, now: now) }

        let closed = try desk.decide(number.text, member: 2, reject: nil, note: "已与中心核对，保留本处决定", resolvingFlag: true, now: now)
        #expect(closed == "\(number.text) member 2 (王小明): import flag closed (note kept)\n")
        #expect(!(try desk.list().contains("FLAGGED")))
        #expect(try demo.journalEvents(origin: DemoStore.originID).last?.kind == "application.import_flag_resolved")
        #expect(throws: ReviewError.notFlagged(2)) {
            try desk.decide(number.text, member: 2, reject: nil, note: "again", resolvingFlag: true, now: now)
        }
        #expect(throws: ReviewError.notFlagged(1)) {
            try desk.decide(number.text, member: 1, reject: nil, note: "nothing to close", resolvingFlag: true, now: now)
        }
    }
}
