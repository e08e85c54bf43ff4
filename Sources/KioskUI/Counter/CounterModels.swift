import FamilyAid

/// The operator signed in at the console: an account name and a role, never a person's name.
public struct CounterOperator: Hashable, Sendable {
    public var id: String
    public var role: OperatorRole

    public init(id: String, role: OperatorRole) {
        self.id = id
        self.role = role
    }

    public var reviews: Bool { role.allows(.review) }
}

/// The store's answer to an operator ID and password.
public enum OperatorLoginOutcome: Hashable, Sendable {
    case signedIn(CounterOperator)
    /// The ID is unknown or the password wrong (the two are never told apart).
    case wrongPassword(remainingTries: Int)
    /// Five wrong passwords: a supervisor must reset the operator.
    case locked
    case disabled
    /// The store has no operator yet.
    case noOperators
}

/// Which part of the review queue is shown.
public enum QueueFilter: String, Hashable, Sendable, CaseIterable {
    case all
    case overdue
    case onTime
    case flagged

    var next: QueueFilter {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// Where a page of the queue starts: right after this item's place in the order.
public struct QueueKey: Hashable, Sendable {
    public var isFlagged: Bool
    public var decideBy: CivilDate?
    public var number: String
    public var position: Int

    public init(isFlagged: Bool, decideBy: CivilDate?, number: String, position: Int) {
        self.isFlagged = isFlagged
        self.decideBy = decideBy
        self.number = number
        self.position = position
    }
}

/// What the console asks of the queue: a filter, what was typed in the search field, and where
/// the page starts (nil for the first).
public struct QueueRequest: Hashable, Sendable {
    public var filter: QueueFilter
    public var search: String
    public var after: QueueKey?
    public var limit: Int

    public init(filter: QueueFilter, search: String, after: QueueKey?, limit: Int) {
        self.filter = filter
        self.search = search
        self.after = after
        self.limit = limit
    }
}

/// One member waiting for a reviewer, as the queue shows them: full names for the reviewer, the
/// ID number masked.
public struct QueueEntry: Hashable, Sendable {
    public var number: ApplicationNumber
    public var memberIndex: Int
    public var memberName: String
    public var maskedMemberID: String
    public var sharerName: String
    public var decideBy: CivilDate?
    /// Working days past the decide-by day; 0 when it passed on a day off; nil when not overdue.
    public var overdueBy: Int?
    /// Why an import could not apply the member (reason codes); empty when not flagged.
    public var flaggedReasons: [String]
    /// Where the next page starts, when this is the last item of a page.
    public var key: QueueKey

    public init(
        number: ApplicationNumber, memberIndex: Int, memberName: String, maskedMemberID: String, sharerName: String,
        decideBy: CivilDate?, overdueBy: Int?, flaggedReasons: [String], key: QueueKey
    ) {
        self.number = number
        self.memberIndex = memberIndex
        self.memberName = memberName
        self.maskedMemberID = maskedMemberID
        self.sharerName = sharerName
        self.decideBy = decideBy
        self.overdueBy = overdueBy
        self.flaggedReasons = flaggedReasons
        self.key = key
    }
}

/// A page of the queue as loaded, and whether another follows.
public struct QueuePage: Hashable, Sendable {
    public var entries: [QueueEntry]
    public var hasMore: Bool

    public init(entries: [QueueEntry], hasMore: Bool) {
        self.entries = entries
        self.hasMore = hasMore
    }
}

/// Whether a scanned proof's file is in the store's document folder as it was scanned.
public enum ProofFileState: Hashable, Sendable {
    case unchanged
    case missing
    /// A file is there under the proof's hash, but its content no longer has that hash.
    case changed
}

/// A proof as the reviewer reads it.
public struct ReviewedProof: Hashable, Sendable {
    public var kind: ProofKind
    public var documentNumber: String?
    public var sha256: String?

    public init(kind: ProofKind, documentNumber: String?, sha256: String?) {
        self.kind = kind
        self.documentNumber = documentNumber
        self.sha256 = sha256
    }
}

/// One member of an application under review, with everything the decision rests on.
public struct ReviewedMember: Hashable, Sendable {
    public var name: String
    public var maskedID: String
    public var relation: DeclaredRelation
    public var stage: MemberStage
    public var decideBy: CivilDate?
    public var overdueBy: Int?
    public var rejectionReasons: [ReasonCode]
    /// The guardian who confirms for a child: full name and masked ID number.
    public var guardian: String?
    public var proofs: [ReviewedProof]
    /// The engine's verdict today against the registry: the codes found (empty: may be added);
    /// nil when it could not be judged (the sharer left the registry).
    public var verdict: [ReasonCode]?
    /// The quota asked for (N26's 共济额度), if any.
    public var requestedQuota: Money?
    public var flaggedReasons: [String]
    public var note: String?

    public init(
        name: String, maskedID: String, relation: DeclaredRelation, stage: MemberStage, decideBy: CivilDate?, overdueBy: Int?,
        rejectionReasons: [ReasonCode], guardian: String?, proofs: [ReviewedProof], verdict: [ReasonCode]?,
        requestedQuota: Money?, flaggedReasons: [String], note: String?
    ) {
        self.name = name
        self.maskedID = maskedID
        self.relation = relation
        self.stage = stage
        self.decideBy = decideBy
        self.overdueBy = overdueBy
        self.rejectionReasons = rejectionReasons
        self.guardian = guardian
        self.proofs = proofs
        self.verdict = verdict
        self.requestedQuota = requestedQuota
        self.flaggedReasons = flaggedReasons
        self.note = note
    }
}

/// An application opened from the queue.
public struct ReviewedApplication: Hashable, Sendable {
    public var number: ApplicationNumber
    public var submittedOn: CivilDate
    public var channel: ApplicationChannel
    public var sharerName: String
    public var maskedSharerID: String
    public var members: [ReviewedMember]
    /// Whether the policy asks for a quota (N26): approval then shows and may change it.
    public var usesQuota: Bool

    public init(
        number: ApplicationNumber, submittedOn: CivilDate, channel: ApplicationChannel, sharerName: String, maskedSharerID: String,
        members: [ReviewedMember], usesQuota: Bool
    ) {
        self.number = number
        self.submittedOn = submittedOn
        self.channel = channel
        self.sharerName = sharerName
        self.maskedSharerID = maskedSharerID
        self.members = members
        self.usesQuota = usesQuota
    }
}

/// A reviewer's decision on one member.
public enum ReviewVerdict: Hashable, Sendable {
    /// Approve; `quota` where the reviewer set one (otherwise the one asked for).
    case approve(quota: Money?)
    case reject(ReasonCode, note: String)
    /// Close the flag an imported bundle left on the member, saying what was done about it.
    /// Not a decision: the member's stage stays as it is.
    case resolveFlag(note: String)
}

public struct ReviewDecision: Hashable, Sendable {
    public var number: ApplicationNumber
    public var memberIndex: Int
    public var verdict: ReviewVerdict

    public init(number: ApplicationNumber, memberIndex: Int, verdict: ReviewVerdict) {
        self.number = number
        self.memberIndex = memberIndex
        self.verdict = verdict
    }
}

/// What became of a decision.
public enum DecisionOutcome: Hashable, Sendable {
    case approved(relationshipStage: RelationshipStage, start: CivilDate)
    case rejected(ReasonCode)
    /// The member is no longer under review (someone decided meanwhile, or it was withdrawn).
    case notUnderReview(MemberStage)
    /// The relationship cannot begin (a relationship between the two in force already, a quota
    /// larger than the balance), so the approval was not saved either.
    case cannotBegin
    /// The reviewer took the application in at the counter themselves: another reviewer decides.
    case ownIntake
    /// The import flag is closed.
    case flagResolved
    /// The member carries no open flag any more (another reviewer closed it meanwhile).
    case notFlagged
}


/// An application found by its number at the counter, with the people in it, so the clerk can
/// serve whichever of them stands there.
public struct FoundApplication: Hashable, Sendable {
    public var number: ApplicationNumber
    public var people: [FoundPerson]

    public init(number: ApplicationNumber, people: [FoundPerson]) {
        self.number = number
        self.people = people
    }
}

public struct FoundPerson: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable {
        case sharer
        case member
    }

    public var id: ResidentID
    public var maskedName: String
    public var role: Role

    public init(id: ResidentID, maskedName: String, role: Role) {
        self.id = id
        self.maskedName = maskedName
        self.role = role
    }
}
