import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The one way a reviewer's decision is recorded, for the console and for `gongji review` alike:
/// approval begins the relationship (with the quota the reviewer set, where they changed it),
/// rejection keeps the reason and the note; both name the reviewer in the journal.
public enum ReviewDecisions {
    /// What was recorded.
    public enum Recorded: Hashable, Sendable {
        case approved(StoredRelationship)
        case rejected(ReasonCode)
        case flagResolved
    }

    public static func record(
        _ decision: ReviewDecision, reviewer: OperatorID, database: KioskDatabase, policy: PolicyProfile,
        calendar: WorkingDayCalendar, now: Date
    ) throws(ReviewError) -> Recorded {
        let stored: StoredApplication
        do {
            guard let found = try database.application(number: decision.number) else {
                throw ReviewError.noSuchApplication(decision.number.text)
            }
            stored = found
        } catch let error as ReviewError {
            throw error
        } catch {
            throw .storeFailed(ReviewDesk.reason(error))
        }
        let index = decision.memberIndex
        let position = index + 1
        guard stored.application.members.indices.contains(index) else {
            throw .noSuchMember(position, count: stored.application.members.count)
        }
        let profile: PolicyProfile
        do { profile = try ProfileLookup.profile(judging: stored.application, given: policy) } catch {
            throw .storeFailed(ReviewDesk.reason(error))
        }
        do {
            switch decision.verdict {
            case .reject(let code, let note):
                guard !code.arisesOnlyFromConfirmation else { throw ReviewError.reasonNotForReview(code) }
                let kept = note.isEmpty ? nil : try ReviewNote(note)
                try database.rejectMember(
                    index, of: decision.number, reasons: [code], note: kept, reviewer: reviewer, at: now, profile: profile,
                    calendar: calendar)
                return .rejected(code)
            case .approve(let quota):
                return .approved(try database.approveMember(
                    index, of: decision.number, reviewer: reviewer, quota: quota, at: now, profile: profile, calendar: calendar))
            case .resolveFlag(let note):
                try database.resolveImportFlag(index, of: decision.number, note: try ReviewNote(note), reviewer: reviewer, now: now)
                return .flagResolved
            }
        } catch let error as ReviewError {
            throw error
        } catch LifecycleError.memberEventNotAllowed(let stage, _) {
            throw .notUnderReview(position, stage: stage)
        } catch KioskStoreError.decidingOwnIntake(let number) {
            throw .ownIntake(number)
        } catch KioskStoreError.noOpenImportFlag {
            throw .notFlagged(position)
        } catch let error as KioskStoreError where error == .emptyReviewNote || error == .reviewNoteTooLong(maximum: ReviewNote.maximumLength) {
            throw .storeFailed(ReviewDesk.reason(error))
        } catch {
            if case .approve = decision.verdict { throw .notApproved(position, because: ReviewDesk.reason(error)) }
            throw .storeFailed(ReviewDesk.reason(error))
        }
    }
}

/// The review queue as reviewers read it, for the console and `gongji review --list`: the
/// store's page with each overdue member's working days counted.
public enum ReviewQueueReader {
    public static func page(
        _ request: QueueRequest, database: KioskDatabase, calendar: WorkingDayCalendar, today: CivilDate
    ) throws -> QueuePage {
        let filter = ReviewQueueFilter(rawValue: request.filter.rawValue) ?? .all
        let cursor = request.after.map { key -> ReviewQueueCursor in
            if key.isFlagged || key.decideBy == nil { return .flagged(number: key.number, position: key.position) }
            return .underReview(decideBy: key.decideBy!, number: key.number, position: key.position)
        }
        let page = try database.reviewQueue(
            filter: filter, search: ReviewQueueSearch.parse(request.search), after: cursor, limit: request.limit, today: today)
        return QueuePage(entries: page.items.map { entry($0, calendar: calendar, today: today) }, hasMore: page.next != nil)
    }

    /// Working days past `decideBy` on `today`; nil when not overdue.
    public static func overdueBy(_ decideBy: CivilDate?, calendar: WorkingDayCalendar, today: CivilDate) -> Int? {
        guard let decideBy, today > decideBy else { return nil }
        return calendar.workingDays(from: decideBy, to: today)
    }

    static func entry(_ item: ReviewQueueItem, calendar: WorkingDayCalendar, today: CivilDate) -> QueueEntry {
        QueueEntry(
            number: item.number, memberIndex: item.position, memberName: item.memberName,
            maskedMemberID: (try? ResidentID.parse(item.memberID, today: today).masked) ?? "",
            sharerName: item.sharerName ?? "", decideBy: item.decideBy,
            overdueBy: overdueBy(item.decideBy, calendar: calendar, today: today), flaggedReasons: item.flaggedReasons,
            key: QueueKey(isFlagged: item.isFlagged, decideBy: item.decideBy, number: item.number.text, position: item.position))
    }
}
