/// What the sharer already has, as plain facts the store provides: who is bound now, who waits in
/// another of the sharer's applications, who was bound once and is no longer.
///
/// Sets of ID numbers rather than counts, so that a person is counted once however many of these
/// they appear in, and so that duplicates can be named.
public struct ExistingMembers: Hashable, Sendable {
    /// Members whose relationship with the sharer is active or scheduled to start.
    public var activeOrScheduled: Set<ResidentID>
    /// Members in the sharer's other applications that are still undecided (awaiting
    /// confirmation or review).
    public var pending: Set<ResidentID>
    /// Former members: their relationship with the sharer has ended.
    public var ended: Set<ResidentID>

    public init(activeOrScheduled: Set<ResidentID> = [], pending: Set<ResidentID> = [], ended: Set<ResidentID> = []) {
        self.activeOrScheduled = activeOrScheduled
        self.pending = pending
        self.ended = ended
    }

    /// A sharer who has never added anyone.
    public static let none = ExistingMembers()

    /// People who count against the limit at once: bound now, or waiting for a decision (an
    /// approval would bind them, so they hold their place).
    public var heldAtOnce: Set<ResidentID> { activeOrScheduled.union(pending) }

    /// People who count against the lifetime limit: everyone ever bound, and everyone waiting.
    /// A person counts once, so binding a former member again uses no further lifetime place.
    public var heldInLifetime: Set<ResidentID> { activeOrScheduled.union(ended).union(pending) }
}
