import Foundation

extension SharingApplication {
    /// Two copies of one application merged member by member, and the members whose copies went
    /// separate ways.
    public struct Merge: Hashable, Sendable {
        public var application: SharingApplication
        /// Positions where each copy holds a step the other lacks: the copy kept is this side's,
        /// and the member needs a person to look at it.
        public var diverged: [Int]
        /// Positions where the reported copy was further along and was taken.
        public var taken: [Int] = []
    }

    /// Merges `reported`, the same application as another installation holds it, into this copy
    /// (DOMAIN.md: a counter's bundle arrives at the central office). A member's history only
    /// ever grows, so for each member the copy whose history the other's begins is the one further
    /// along and wins; when neither begins the other, both sides acted on the member (a counter
    /// decided offline while the central office decided too), this side's copy is kept and the
    /// member is reported as diverged, never silently overwritten.
    ///
    /// Returns nil when `reported` is not the same application: another sharer, channel, profile
    /// or number of members.
    public func merging(_ reported: SharingApplication) -> Merge? {
        guard reported.sharer == sharer, reported.channel == channel, reported.judgedBy == judgedBy,
              reported.members.count == members.count else { return nil }
        var merged = self
        var diverged: [Int] = []
        var taken: [Int] = []
        for (index, (held, incoming)) in zip(members, reported.members).enumerated() {
            if incoming.lifecycle.history.starts(with: held.lifecycle.history) {
                if incoming != held { taken.append(index) }
                merged.members[index] = incoming
            } else if !held.lifecycle.history.starts(with: incoming.lifecycle.history) {
                diverged.append(index)
            }
        }
        return Merge(application: merged, diverged: diverged, taken: taken)
    }
}
