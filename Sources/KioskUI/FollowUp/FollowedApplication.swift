import FamilyAid
import Foundation

/// An application as a resident follows it: as its sharer, or as one of its members. The domain
/// value carries every member's history; the store adds the number, the sharer's name, when it
/// was submitted, and the relationships approval began.
public struct FollowedApplication: Hashable, Sendable {
    public var number: ApplicationNumber
    public var application: SharingApplication
    public var sharerName: PersonName
    public var submittedAt: Date
    /// The relationship begun for a member, by member index, where one was.
    public var relationships: [Int: RelationshipStage]

    public init(
        number: ApplicationNumber, application: SharingApplication, sharerName: PersonName, submittedAt: Date,
        relationships: [Int: RelationshipStage] = [:]
    ) {
        self.number = number
        self.application = application
        self.sharerName = sharerName
        self.submittedAt = submittedAt
        self.relationships = relationships
    }

    /// The day the decision is expected: the latest due day of the members under review.
    public var expectedDecision: CivilDate? {
        application.members.compactMap { member -> CivilDate? in
            if case .underReview(let window) = member.lifecycle.state { window.decideBy } else { nil }
        }.max()
    }
}

/// A step the sharer asked of one member: withdraw it before a decision, or send it again after
/// a rejection, as it is or corrected.
public enum MemberAction: String, Hashable, Sendable {
    case cancel
    case resubmit
    case revise
}

/// What became of a member action.
public enum MemberActionOutcome: Hashable, Sendable {
    case done(MemberAction)
    /// The member moved on meanwhile (a decision came): nothing was changed.
    case notPossibleNow
    /// A correction that corrected nothing: not sent.
    case nothingChanged
}

/// The tracking part of a resident's session: the applications loaded after sign-in (nil until
/// the store answered), which one and which member are open, and what the last action did.
public struct TrackingSession: Hashable, Sendable {
    public var items: [FollowedApplication]?
    public var selected = 0
    public var member = 0
    /// An action sent to the store and not yet answered.
    public var acting = false
    public var outcome: MemberActionOutcome?
    public var failed = false

    public init() {}

    public var selectedItem: FollowedApplication? {
        guard let items, items.indices.contains(selected) else { return nil }
        return items[selected]
    }
}
