import FamilyAid
import Foundation

/// Which members of the review queue a reviewer wants to see.
public enum ReviewQueueFilter: String, Hashable, Sendable, CaseIterable {
    /// Every member waiting for a person: flagged by an import, then under review by deadline.
    case all
    /// Under review, the decide-by day already past.
    case overdue
    /// Under review, still within the deadline.
    case onTime
    /// Flagged by an imported bundle that could not apply them as they came.
    case flagged
}

/// What the reviewer typed to find an application: its number, an ID number of the sharer or of
/// a member, or a name (of either). Nil searches nothing: the whole queue.
public enum ReviewQueueSearch: Hashable, Sendable {
    case number(ApplicationNumber)
    case idNumber(String)
    case name(String)

    /// The search that `text` asks for: an application number where it parses as one, an ID
    /// number where it looks like one (18 characters, digits and a last X), otherwise a name.
    public static func parse(_ text: String) -> ReviewQueueSearch? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        let upper = trimmed.uppercased()
        if upper.count == 18, upper.dropLast().allSatisfy(\.isASCII), upper.dropLast().allSatisfy(\.isNumber),
           let last = upper.last, last.isNumber || last == "X" {
            return .idNumber(upper)
        }
        if let number = try? ApplicationNumber.parse(trimmed) { return .number(number) }
        return .name(PersonName(trimmed).text)
    }
}

/// Where a page of the queue ends, so the next page starts right after it: the sort key of the
/// last item shown. The queue is ordered flagged members first (by application number and
/// position), then members under review by decide-by day, application number and position.
public enum ReviewQueueCursor: Hashable, Sendable {
    case flagged(number: String, position: Int)
    case underReview(decideBy: CivilDate, number: String, position: Int)
}

/// One member waiting for a reviewer, as the queue lists them.
public struct ReviewQueueItem: Hashable, Sendable {
    public var number: ApplicationNumber
    /// 0 for the first member.
    public var position: Int
    public var memberName: String
    public var memberID: String
    public var sharerName: String?
    public var stage: MemberStage
    /// The decide-by day, for a member under review.
    public var decideBy: CivilDate?
    /// The codes of why an import could not apply the member (`ConflictReason.code`); empty when
    /// the member is not flagged.
    public var flaggedReasons: [String]

    public var isFlagged: Bool { !flaggedReasons.isEmpty }

    /// The cursor a page ending with this item hands on.
    public var cursor: ReviewQueueCursor {
        if isFlagged || decideBy == nil { return .flagged(number: number.text, position: position) }
        return .underReview(decideBy: decideBy!, number: number.text, position: position)
    }
}

/// A page of the queue, and the cursor of the next one (nil on the last page).
public struct ReviewQueuePage: Hashable, Sendable {
    public var items: [ReviewQueueItem]
    public var next: ReviewQueueCursor?
}
