import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI

/// Drives a console state one event at a time, with a clock that moves only when told to;
/// remembers the effects asked for.
struct CounterProbe {
    var state: CounterState
    var now: Date
    var effects: [CounterEffect] = []

    init(settings: CounterSettings = CounterSettings(), language: Language = .chinese) {
        state = CounterState(settings: settings, catalog: TestCatalog.shared, isDemoStore: true,
                             size: Size(columns: 80, rows: 24), now: Fixtures.start)
        state.language = language
        now = Fixtures.start
    }

    mutating func send(_ event: CounterEvent) {
        effects += Counter.update(&state, event, now: now)
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    mutating func wait(_ seconds: TimeInterval) {
        now = now.addingTimeInterval(seconds)
        send(.tick)
    }

    var frame: Frame { Counter.view(state).frame }
    var text: String { frame.text }

    static let reviewer = CounterOperator(id: "demo-reviewer", role: .reviewer)

    /// Types an operator ID and password and submits them.
    mutating func typeLogin(_ id: String = "demo-reviewer", password: String = "review-demo") {
        type(id)
        press(.enter)
        type(password)
        press(.enter)
    }

    /// From the login screen to the home menu as the demo reviewer.
    mutating func signIn(as person: CounterOperator = reviewer) {
        typeLogin(person.id)
        send(.operatorAnswered(.signedIn(person)))
    }

    /// Signed in, the queue opened and loaded with `page`.
    mutating func openQueue(_ page: QueuePage = CounterFixtures.page) {
        signIn()
        press(.character("1"))
        send(.queueLoaded(page))
    }

    /// The queue's first entry opened and the application loaded, its files checked.
    /// The flagged member's flag being closed with a note, on the confirmation.
    mutating func confirmClosingTheFlag() {
        openApplication(CounterFixtures.flaggedApplication)
        press(.character("1"), .character("1"))
        type("已电话联系共济人")
        press(.enter)
    }

    mutating func openApplication(_ application: ReviewedApplication = CounterFixtures.application) {
        openQueue()
        press(.enter)
        send(.applicationLoaded(application))
        send(.proofFilesChecked([[.unchanged], []]))
    }
}

enum CounterFixtures {
    static let number = try! ApplicationNumber(origin: "DEM001", sequence: 1)
    static let other = try! ApplicationNumber(origin: "DEM001", sequence: 2)
    static let flaggedNumber = try! ApplicationNumber(origin: "DEM002", sequence: 7)

    static func entry(
        _ number: ApplicationNumber, _ index: Int, _ name: String, decideBy: String, overdueBy: Int? = nil, flagged: [String] = []
    ) -> QueueEntry {
        QueueEntry(
            number: number, memberIndex: index, memberName: name, maskedMemberID: "110105********0221", sharerName: "王建国",
            decideBy: CivilDate(decideBy), overdueBy: overdueBy, flaggedReasons: flagged,
            key: QueueKey(isFlagged: !flagged.isEmpty, decideBy: CivilDate(decideBy), number: number.text, position: index))
    }

    static let page = QueuePage(entries: [
        entry(flaggedNumber, 0, "王丽", decideBy: "2026-11-20", flagged: ["DUPLICATE_MEMBER"]),
        entry(other, 0, "王大山", decideBy: "2026-11-19", overdueBy: 2),
        entry(number, 0, "李秀英", decideBy: "2026-11-26"),
        entry(number, 1, "王小明", decideBy: "2026-11-26"),
    ], hasMore: true)

    static let sha = String(repeating: "3f9a", count: 16)

    static let application = ReviewedApplication(
        number: number, submittedOn: CivilDate("2026-11-20")!, channel: .kiosk, sharerName: "王建国",
        maskedSharerID: "110105********0118",
        members: [
            ReviewedMember(
                name: "李秀英", maskedID: "110105********0221", relation: .near(.spouse, .marriage), stage: .underReview,
                decideBy: CivilDate("2026-11-26"), overdueBy: nil, rejectionReasons: [], guardian: nil,
                proofs: [ReviewedProof(kind: .marriageCertificate, documentNumber: "J110105-2020-001", sha256: sha)],
                verdict: [], requestedQuota: .yuan(1000), flaggedReasons: [], note: nil),
            ReviewedMember(
                name: "王小明", maskedID: "110105********031X", relation: .near(.child, .birth), stage: .underReview,
                decideBy: CivilDate("2026-11-26"), overdueBy: nil, rejectionReasons: [], guardian: nil,
                proofs: [], verdict: [], requestedQuota: .yuan(500), flaggedReasons: [], note: nil),
        ],
        usesQuota: true)

    /// The application with its first member approved elsewhere and flagged by an import: decided
    /// on both sides.
    static let flaggedApplication: ReviewedApplication = {
        var flagged = CounterFixtures.application
        flagged.members[0].stage = .approved
        flagged.members[0].flaggedReasons = ["DECIDED_ON_BOTH_SIDES", "ACCOUNT_SHORT"]
        return flagged
    }()
}
