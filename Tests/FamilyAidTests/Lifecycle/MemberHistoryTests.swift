import Foundation
import Testing
@testable import FamilyAid

/// A member's history: kept whole through rejection, edits and resubmission; refused events
/// leave no trace; events out of time order are refused.
@Suite("Member lifecycle history")
struct MemberHistoryTests {
    let rules = Lifecycle.rules

    @Test func resubmissionAfterRejectionKeepsTheHistory() throws {
        var member = MemberLifecycle()
        let wrongName = PersonName("李 四"), rightName = PersonName("李四")
        try member.apply(.submit, at: Lifecycle.at("2026-11-23", "09:00"), rules: rules)
        try member.apply(.failSystemCheck([.infoMismatch]), at: Lifecycle.at("2026-11-23", "09:01"), rules: rules)
        try member.apply(.edit([.name(from: wrongName, to: rightName)]), at: Lifecycle.at("2026-11-23", "09:05"), rules: rules)
        try member.apply(.resubmit, at: Lifecycle.at("2026-11-23", "09:06"), rules: rules)
        try member.apply(.passSystemCheck(confirming: []), at: Lifecycle.at("2026-11-23", "09:07"), rules: rules)
        try member.apply(.reject([.proofMissing]), at: Lifecycle.at("2026-11-24"), rules: rules)
        try member.apply(.edit([.proofAdded(.householdRegister)]), at: Lifecycle.at("2026-11-25"), rules: rules)
        try member.apply(.resubmit, at: Lifecycle.at("2026-11-25", "10:01"), rules: rules)
        try member.apply(.passSystemCheck(confirming: []), at: Lifecycle.at("2026-11-25", "10:02"), rules: rules)
        try member.apply(.approve, at: Lifecycle.at("2026-11-26"), rules: rules)

        #expect(member.state == .approved)
        #expect(member.history.map(\.event.kind) == [
            .submit, .failSystemCheck, .edit, .resubmit, .passSystemCheck, .reject, .edit, .resubmit, .passSystemCheck, .approve,
        ])
        #expect(member.history.map(\.to.stage) == [
            .systemCheck, .rejected, .rejected, .systemCheck, .underReview, .rejected, .rejected, .systemCheck, .underReview, .approved,
        ])
        #expect(member.submissions == 3)
        #expect(member.rejections == [
            Rejection(reasons: [.infoMismatch], step: .systemCheck)!, Rejection(reasons: [.proofMissing], step: .review)!,
        ])
        #expect(member.changes == [.name(from: wrongName, to: rightName), .proofAdded(.householdRegister)])
        #expect(member.history.first?.at == Lifecycle.at("2026-11-23", "09:00"))
        #expect(member.history.last?.at == Lifecycle.at("2026-11-26"))
        // Each step begins where the one before ended.
        for (before, after) in zip(member.history, member.history.dropFirst()) {
            #expect(before.to == after.from)
        }
    }

    @Test func aRefusedEventLeavesStateAndHistoryAlone() throws {
        var member = MemberLifecycle()
        try member.apply(.submit, at: Lifecycle.at("2026-11-23"), rules: rules)
        let before = member
        #expect(throws: LifecycleError.memberEventNotAllowed(.systemCheck, .approve)) {
            try member.apply(.approve, at: Lifecycle.at("2026-11-24"), rules: rules)
        }
        #expect(member == before)
    }

    @Test func anEventBeforeTheLastIsRefused() throws {
        var member = MemberLifecycle()
        try member.apply(.submit, at: Lifecycle.at("2026-11-24"), rules: rules)
        #expect(throws: LifecycleError.eventBeforeLastChange(last: Lifecycle.at("2026-11-24"), given: Lifecycle.at("2026-11-23"))) {
            try member.apply(.cancel, at: Lifecycle.at("2026-11-23"), rules: rules)
        }
        // The same instant is not earlier: two steps in one second keep their order.
        try member.apply(.cancel, at: Lifecycle.at("2026-11-24"), rules: rules)
        #expect(member.state == .cancelled)
    }

    @Test func eachPartyConfirmationIsRecorded() throws {
        var member = MemberLifecycle()
        try member.apply(.submit, at: Lifecycle.at("2026-11-23", "09:00"), rules: rules)
        try member.apply(.passSystemCheck(confirming: [.member, .sharer]), at: Lifecycle.at("2026-11-23", "09:01"), rules: rules)
        try member.apply(.confirm(.sharer), at: Lifecycle.at("2026-11-23", "09:02"), rules: rules)
        try member.apply(.confirm(.member), at: Lifecycle.at("2026-11-26", "15:00"), rules: rules)
        let confirmations = member.history.compactMap { step -> (ConfirmingParty, Date)? in
            if case .confirm(let party) = step.event { (party, step.at) } else { nil }
        }
        #expect(confirmations.map(\.0) == [.sharer, .member])
        #expect(confirmations.map(\.1) == [Lifecycle.at("2026-11-23", "09:02"), Lifecycle.at("2026-11-26", "15:00")])
        #expect(member.state == .underReview(ReviewWindow(
            mode: .manual(workingDays: 3), since: Lifecycle.day("2026-11-26"), decideBy: Lifecycle.day("2026-12-01"))))
    }

    struct Step: CustomTestStringConvertible, Sendable {
        let code: ReasonCode
        let step: NextStep
        var testDescription: String { "\(code.rawValue): \(step.rawValue)" }
    }

    /// DOMAIN.md: every rejection "says what to do next".
    static let nextSteps: [Step] = [
        Step(code: .notInsured, step: .memberEnrolsOrResumesInsurance),
        Step(code: .infoMismatch, step: .correctNameOrIDNumber),
        Step(code: .outOfArea, step: .notPossibleFromThisArea),
        Step(code: .relationNotAllowed, step: .checkTheStatedRelation),
        Step(code: .alreadyShared, step: .memberLeavesTheOtherSharingFirst),
        Step(code: .memberLimit, step: .unbindAMemberFirst),
        Step(code: .sharerIneligible, step: .sharerPutsOwnAccountInOrder),
        Step(code: .proofMissing, step: .provideTheMissingProof),
        Step(code: .confirmationTimeout, step: .inviteAgain),
        Step(code: .declined, step: .askTheRelativeFirst),
        Step(code: .relationImplausible, step: .checkTheStatedRelation),
        Step(code: .duplicateMember, step: .removeTheDuplicate),
        Step(code: .selfBinding, step: .nameTheRelativeInstead),
    ]

    @Test(arguments: nextSteps)
    func whatToDoNext(_ row: Step) {
        #expect(row.code.nextStep == row.step)
    }

    @Test func everyReasonCodeHasItsRow() {
        // A new code must be given a row, and every next step is some code's.
        #expect(Self.nextSteps.map(\.code).sorted(by: { $0.rawValue < $1.rawValue })
            == ReasonCode.allCases.sorted(by: { $0.rawValue < $1.rawValue }))
        #expect(Set(NextStep.allCases) == Set(ReasonCode.allCases.map(\.nextStep)))
    }

    @Test func aRejectionsNextStepsFollowItsReasonsWithoutRepeats() {
        let rejection = Rejection(reasons: [.relationNotAllowed, .proofMissing, .relationImplausible], step: .review)!
        #expect(rejection.nextSteps == [.checkTheStatedRelation, .provideTheMissingProof])
        #expect(Rejection(reasons: [], step: .review) == nil)
    }
}
