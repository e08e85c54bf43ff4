import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// Performs what a script says happens away from the kiosk (``OffstageAction``) against the
/// store the replay or demo plays on: the demo reviewer's decisions go through the same code as
/// the counter's, bills and refunds through the store's settlement, so what the kiosk shows next
/// is what it would show after the real thing.
struct OffstageDesk {
    let database: KioskDatabase
    let policy: PolicyProfile
    let calendar: WorkingDayCalendar

    /// Why an offstage step could not be done, in words for the person fixing the script.
    struct Refusal: Error, CustomStringConvertible {
        let description: String
    }

    func perform(_ action: OffstageAction, now: Date) throws(Refusal) {
        do {
            switch action {
            case .approve(let member):
                try decide(member: member, .approve(quota: nil), now: now)
            case .reject(let member, let code):
                try decide(member: member, .reject(code, note: ""), now: now)
            case .settle(let member, let amount, let use, let bill):
                let id = try ResidentID.parse(member, today: CivilDate(now))
                _ = try database.settle(
                    Bill(number: bill, member: id, amount: amount, use: use, date: CivilDate(now)), profile: policy, now: now)
            case .refund(let bill, let amount, let refund):
                _ = try database.refund(bill: bill, amount: amount, refundNumber: refund, date: CivilDate(now), now: now)
            }
        } catch let refusal as Refusal {
            throw refusal
        } catch {
            throw Refusal(description: "\(error)")
        }
    }

    /// A decision on member `member` (from 1) of the newest application that waits for review.
    private func decide(member: Int, _ verdict: ReviewVerdict, now: Date) throws {
        guard let application = try database.applications(withMembersAt: .underReview).last else {
            throw Refusal(description: "no application waits for review")
        }
        let decision = ReviewDecision(number: application.number, memberIndex: member - 1, verdict: verdict)
        _ = try ReviewDecisions.record(
            decision, reviewer: try OperatorID(ReviewDesk.demoReviewer), database: database, policy: policy,
            calendar: calendar, now: now)
    }
}
