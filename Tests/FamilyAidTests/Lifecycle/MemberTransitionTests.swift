import Foundation
import Testing
@testable import FamilyAid

/// DOMAIN.md's member diagram as tables: every arrow with the exact state it leads to, every
/// pair of stage and event without an arrow refused, and the arrows refused for their details.
@Suite("Member lifecycle transitions")
struct MemberTransitionTests {
    struct Legal: CustomTestStringConvertible, Sendable {
        let name: String
        let from: MemberState
        let event: MemberEvent
        let at: Date
        let to: MemberState
        var testDescription: String { name }
    }

    static let legal: [Legal] = {
        let L = Lifecycle.self
        return [
            Legal(name: "draft, edit: still a draft", from: .draft, event: .edit([.proofAdded(.birthCertificate)]),
                  at: L.at("2026-11-23"), to: .draft),
            Legal(name: "draft, submit: system check", from: .draft, event: .submit, at: L.at("2026-11-23"), to: .systemCheck),
            Legal(name: "draft, cancel: cancelled", from: .draft, event: .cancel, at: L.at("2026-11-23"), to: .cancelled),
            Legal(name: "system check passes, member and sharer confirm (N26): invitation open 10 working days, Mon 11-23 to Mon 12-07",
                  from: .systemCheck, event: .passSystemCheck(confirming: [.member, .sharer]), at: L.at("2026-11-23"),
                  to: .awaitingConfirmation(L.invitation)),
            Legal(name: "system check passes, a guardian confirms: invitation sent Fri 11-27 open to Fri 12-11",
                  from: .systemCheck, event: .passSystemCheck(confirming: [.guardian]), at: L.at("2026-11-27"),
                  to: .awaitingConfirmation(PendingConfirmation(
                      invited: [.guardian], sentOn: L.day("2026-11-27"), confirmBy: L.day("2026-12-11")))),
            Legal(name: "system check passes, nobody to confirm: under review, due in 3 working days",
                  from: .systemCheck, event: .passSystemCheck(confirming: []), at: L.at("2026-11-23"), to: .underReview(L.review)),
            Legal(name: "system check fails: rejected with every reason, in order",
                  from: .systemCheck, event: .failSystemCheck([.notInsured, .outOfArea, .notInsured]), at: L.at("2026-11-23"),
                  to: .rejected(Rejection(reasons: [.notInsured, .outOfArea], step: .systemCheck)!)),
            Legal(name: "system check, cancel: cancelled", from: .systemCheck, event: .cancel, at: L.at("2026-11-23"), to: .cancelled),
            Legal(name: "awaiting member and sharer, the sharer confirms: the member still awaited",
                  from: .awaitingConfirmation(L.invitation), event: .confirm(.sharer), at: L.at("2026-11-24"),
                  to: .awaitingConfirmation(L.invitationAwaitingMember)),
            Legal(name: "the last awaited party confirms on the last day, late evening: under review from that day",
                  from: .awaitingConfirmation(L.invitationAwaitingMember), event: .confirm(.member), at: L.at("2026-12-07", "23:59"),
                  to: .underReview(ReviewWindow(mode: .manual(workingDays: 3), since: L.day("2026-12-07"), decideBy: L.day("2026-12-10")))),
            Legal(name: "awaiting, the member declines: declined, by the member",
                  from: .awaitingConfirmation(L.invitation), event: .decline(.member), at: L.at("2026-11-24"), to: .declined(by: .member)),
            Legal(name: "awaiting, the sharer (N26 consent) declines: declined, by the sharer",
                  from: .awaitingConfirmation(L.invitation), event: .decline(.sharer), at: L.at("2026-11-24"),
                  to: .declined(by: .sharer)),
            Legal(name: "awaiting, expired the day after the last day: rejected CONFIRMATION_TIMEOUT",
                  from: .awaitingConfirmation(L.invitation), event: .expire, at: L.at("2026-12-08", "00:00"),
                  to: .rejected(Rejection(reasons: [.confirmationTimeout], step: .confirmation)!)),
            Legal(name: "awaiting, cancel: cancelled", from: .awaitingConfirmation(L.invitation), event: .cancel,
                  at: L.at("2026-11-24"), to: .cancelled),
            Legal(name: "under review, approve: approved", from: .underReview(L.review), event: .approve, at: L.at("2026-11-25"), to: .approved),
            Legal(name: "under review, reject: rejected at review",
                  from: .underReview(L.review), event: .reject([.relationImplausible]), at: L.at("2026-11-25"),
                  to: .rejected(Rejection(reasons: [.relationImplausible], step: .review)!)),
            Legal(name: "under review, cancel: cancelled", from: .underReview(L.review), event: .cancel, at: L.at("2026-11-25"), to: .cancelled),
            Legal(name: "rejected, edit: still rejected until resubmitted",
                  from: .rejected(L.proofRejection), event: .edit([.proofAdded(.kinshipNotarization)]), at: L.at("2026-11-25"),
                  to: .rejected(L.proofRejection)),
            Legal(name: "rejected, resubmit: system check again", from: .rejected(L.proofRejection), event: .resubmit,
                  at: L.at("2026-11-25"), to: .systemCheck),
            Legal(name: "rejected for a timeout, resubmit unchanged: system check again (a new invitation follows)",
                  from: .rejected(Rejection(reasons: [.confirmationTimeout], step: .confirmation)!), event: .resubmit,
                  at: L.at("2026-12-08"), to: .systemCheck),
        ]
    }()

    @Test(arguments: legal)
    func legalTransition(_ row: Legal) throws {
        #expect(try row.from.after(row.event, at: row.at, rules: Lifecycle.rules) == row.to)
    }

    /// Every arrow of the diagram, by stage and event kind. The legal table above reaches each.
    static let arrows: Set<String> = [
        "draft/edit", "draft/submit", "draft/cancel",
        "systemCheck/passSystemCheck", "systemCheck/failSystemCheck", "systemCheck/cancel",
        "awaitingConfirmation/confirm", "awaitingConfirmation/decline", "awaitingConfirmation/expire", "awaitingConfirmation/cancel",
        "underReview/approve", "underReview/reject", "underReview/cancel",
        "rejected/edit", "rejected/resubmit",
    ]

    @Test func legalTableReachesEveryArrow() {
        let reached = Set(Self.legal.map { "\($0.from.stage.rawValue)/\($0.event.kind.rawValue)" })
        #expect(reached == Self.arrows)
    }

    /// Every stage against every event: an arrow succeeds, anything else is refused naming both.
    @Test(arguments: MemberStage.allCases, MemberEventKind.allCases)
    func everyStageAndEvent(_ stage: MemberStage, _ kind: MemberEventKind) {
        let state = Lifecycle.sample(stage)
        let result = Result { () throws(LifecycleError) -> MemberState in
            try state.after(Lifecycle.sample(kind), at: Lifecycle.sampleInstant(kind), rules: Lifecycle.rules)
        }
        if Self.arrows.contains("\(stage.rawValue)/\(kind.rawValue)") {
            #expect(throws: Never.self) { try result.get() }
        } else {
            #expect(result == .failure(.memberEventNotAllowed(stage, kind)))
        }
    }

    struct Refused: CustomTestStringConvertible, Sendable {
        let name: String
        let from: MemberState
        let event: MemberEvent
        let at: Date
        let error: LifecycleError
        var testDescription: String { name }
    }

    /// Arrows the diagram draws, refused for their details.
    static let refusedForDetails: [Refused] = {
        let L = Lifecycle.self
        return [
            Refused(name: "a guardian confirms where only the member and sharer are invited",
                    from: .awaitingConfirmation(L.invitation), event: .confirm(.guardian), at: L.at("2026-11-24"),
                    error: .partyNotAwaited(.guardian, awaiting: [.member, .sharer])),
            Refused(name: "the sharer confirms twice",
                    from: .awaitingConfirmation(L.invitationAwaitingMember), event: .confirm(.sharer), at: L.at("2026-11-24"),
                    error: .partyNotAwaited(.sharer, awaiting: [.member])),
            Refused(name: "the sharer declines after confirming",
                    from: .awaitingConfirmation(L.invitationAwaitingMember), event: .decline(.sharer), at: L.at("2026-11-24"),
                    error: .partyNotAwaited(.sharer, awaiting: [.member])),
            Refused(name: "a confirmation just after midnight China time, the day after the last day (16:30 UTC the day before)",
                    from: .awaitingConfirmation(L.invitation), event: .confirm(.member),
                    at: L.day("2026-12-07").startOfDay(in: .shanghai).addingTimeInterval(86_400 + 30 * 60),
                    error: .invitationExpired(confirmBy: L.day("2026-12-07"), on: L.day("2026-12-08"))),
            Refused(name: "a decline after the last day",
                    from: .awaitingConfirmation(L.invitation), event: .decline(.member), at: L.at("2026-12-09"),
                    error: .invitationExpired(confirmBy: L.day("2026-12-07"), on: L.day("2026-12-09"))),
            Refused(name: "expiry on the last day itself",
                    from: .awaitingConfirmation(L.invitation), event: .expire, at: L.at("2026-12-07", "23:59"),
                    error: .invitationStillOpen(confirmBy: L.day("2026-12-07"), on: L.day("2026-12-07"))),
            Refused(name: "a system check failing without a reason", from: .systemCheck, event: .failSystemCheck([]),
                    at: L.at("2026-11-23"), error: .noReasonGiven(.failSystemCheck)),
            Refused(name: "a review rejecting without a reason", from: .underReview(L.review), event: .reject([]),
                    at: L.at("2026-11-24"), error: .noReasonGiven(.reject)),
            Refused(name: "a system check claiming the member declined", from: .systemCheck, event: .failSystemCheck([.declined]),
                    at: L.at("2026-11-23"), error: .reasonNotForThisStep(.declined, .failSystemCheck)),
            Refused(name: "a reviewer claiming a timeout", from: .underReview(L.review),
                    event: .reject([.proofMissing, .confirmationTimeout]), at: L.at("2026-11-24"),
                    error: .reasonNotForThisStep(.confirmationTimeout, .reject)),
            Refused(name: "an empty edit of a draft", from: .draft, event: .edit([]), at: L.at("2026-11-23"), error: .emptyEdit),
            Refused(name: "an empty edit after a rejection", from: .rejected(L.proofRejection), event: .edit([]),
                    at: L.at("2026-11-23"), error: .emptyEdit),
        ]
    }()

    @Test(arguments: refusedForDetails)
    func refusedForItsDetails(_ row: Refused) {
        #expect(throws: row.error) { try row.from.after(row.event, at: row.at, rules: Lifecycle.rules) }
    }
}
