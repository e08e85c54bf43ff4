import Foundation

/// A sharer's request to add one or more members (申请). Each member moves through its own
/// lifecycle; the application's status is derived from them (`ApplicationStatus.derived(from:)`).
///
/// The application records the id and version of the profile that judged it (DOMAIN.md: "so a
/// later change of profile never silently re-judges history"): every later step must be given
/// that same profile, and a different id or version is refused with `.profileMismatch`.
public struct SharingApplication: Hashable, Sendable, Codable {
    /// The profile that judges the application, by id and version.
    public struct ProfileReference: Hashable, Sendable, Codable, CustomStringConvertible {
        public let id: String
        public let version: Int

        public init(id: String, version: Int) {
            self.id = id
            self.version = version
        }

        public init(_ profile: PolicyProfile) {
            self.init(id: profile.id, version: profile.version)
        }

        /// "national-N26 v1".
        public var description: String { "\(id) v\(version)" }
    }

    public let sharer: ResidentID
    public let channel: ApplicationChannel
    public let judgedBy: ProfileReference
    public internal(set) var members: [ApplicationMember]

    /// An application with no members yet, judged by `profile`.
    public init(sharer: ResidentID, channel: ApplicationChannel, profile: PolicyProfile) {
        self.sharer = sharer
        self.channel = channel
        self.judgedBy = ProfileReference(profile)
        self.members = []
    }

    /// The status derived from the members.
    public var status: ApplicationStatus { ApplicationStatus.derived(from: members.map(\.lifecycle.state.stage)) }

    /// The rules the members' lifecycles follow, provided `profile` is the one that judges this
    /// application.
    public func rules(_ profile: PolicyProfile, calendar: WorkingDayCalendar) throws(LifecycleError) -> MemberLifecycleRules {
        let given = ProfileReference(profile)
        guard given == judgedBy else { throw .profileMismatch(recorded: judgedBy, given: given) }
        return MemberLifecycleRules(profile: profile, channel: channel, calendar: calendar)
    }

    /// Adds a member as a draft, while the application is still a draft. The period is checked
    /// against the profile on the day `instant` falls.
    @discardableResult
    public mutating func addMember(_ details: MemberDetails, at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar) throws(LifecycleError) -> Int {
        let rules = try rules(profile, calendar: calendar)
        guard status == .draft else { throw .membersFixedAfterSubmission }
        _ = try details.period.validated(for: profile.authorizationPeriod, today: rules.day(of: instant))
        members.append(ApplicationMember(details: details))
        return members.count - 1
    }

    /// Sends every draft member for checking at once: what "submit" on the application's last
    /// screen does.
    public mutating func submit(at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar) throws(LifecycleError) {
        let rules = try rules(profile, calendar: calendar)
        let drafts = members.indices.filter { members[$0].lifecycle.state == .draft }
        guard !drafts.isEmpty else { throw .nothingToSubmit }
        var next = self
        for index in drafts {
            try next.members[index].lifecycle.apply(.submit, at: instant, rules: rules)
        }
        self = next
    }

    /// Applies `event` to the member at `index`. Edits go through `revise(memberAt:…)`, which
    /// records the changes and updates the details together.
    @discardableResult
    public mutating func apply(_ event: MemberEvent, toMemberAt index: Int, at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar) throws(LifecycleError) -> MemberTransition {
        let rules = try rules(profile, calendar: calendar)
        guard members.indices.contains(index) else { throw .noMemberAt(index) }
        if case .edit = event { throw .editWithoutDetails }
        return try members[index].lifecycle.apply(event, at: instant, rules: rules)
    }

    /// The relationship an approved member begins (the diagram's "approved → relationship
    /// scheduled/active"): the period asked for in the application, from the day of approval,
    /// between the registry facts of the sharer and the member as they are at approval. Refused
    /// for a member not approved, and for facts about other people than the application names.
    public func relationship(
        forMemberAt index: Int, sharer: InsuredPerson, member: InsuredPerson, quota: Money?, profile: PolicyProfile, calendar: WorkingDayCalendar
    ) throws(LifecycleError) -> SharingRelationship {
        let rules = try rules(profile, calendar: calendar)
        guard members.indices.contains(index) else { throw .noMemberAt(index) }
        let applicant = members[index]
        guard let approvedAt = applicant.lifecycle.approvedAt, applicant.lifecycle.state == .approved else {
            throw .memberNotApproved(applicant.lifecycle.state.stage)
        }
        guard sharer.id == self.sharer else { throw .registryFactsForAnotherPerson(.sharer) }
        guard member.id == applicant.details.id else { throw .registryFactsForAnotherPerson(.member) }
        return try SharingRelationship.begin(
            sharer: sharer, member: member, period: applicant.details.period, approvedOn: rules.day(of: approvedAt),
            quota: quota, profile: profile)
    }

    /// Expires every invitation whose last day has passed by `instant` (`CONFIRMATION_TIMEOUT`):
    /// the sweep a kiosk or counter runs when it starts and once a day. Returns the members
    /// expired, by index.
    @discardableResult
    public mutating func expireOverdueInvitations(at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar) throws(LifecycleError) -> [Int] {
        let rules = try rules(profile, calendar: calendar)
        let day = rules.day(of: instant)
        let overdue = members.indices.filter { index in
            if case .awaitingConfirmation(let pending) = members[index].lifecycle.state { pending.hasExpired(on: day) } else { false }
        }
        var next = self
        for index in overdue {
            try next.members[index].lifecycle.apply(.expire, at: instant, rules: rules)
        }
        self = next
        return overdue
    }

    /// Replaces the details of the member at `index` (in a draft, or after a rejection), and
    /// records what changed, with any proofs added or withdrawn. A period change is checked
    /// against the profile again.
    @discardableResult
    public mutating func revise(
        memberAt index: Int, to details: MemberDetails, proofsAdded: [ProofKind] = [], proofsRemoved: [ProofKind] = [],
        at instant: Date, profile: PolicyProfile, calendar: WorkingDayCalendar
    ) throws(LifecycleError) -> MemberTransition {
        let rules = try rules(profile, calendar: calendar)
        guard members.indices.contains(index) else { throw .noMemberAt(index) }
        let current = members[index].details
        let changes = current.changes(to: details) + proofsAdded.map(MemberChange.proofAdded) + proofsRemoved.map(MemberChange.proofRemoved)
        if details.period != current.period {
            _ = try details.period.validated(for: profile.authorizationPeriod, today: rules.day(of: instant))
        }
        let transition = try members[index].lifecycle.apply(.edit(changes), at: instant, rules: rules)
        members[index].details = details
        return transition
    }
}

/// One member of an application: who, as what, for how long, and where their lifecycle stands.
public struct ApplicationMember: Hashable, Sendable, Codable {
    public internal(set) var details: MemberDetails
    public internal(set) var lifecycle: MemberLifecycle

    public init(details: MemberDetails, lifecycle: MemberLifecycle = MemberLifecycle()) {
        self.details = details
        self.lifecycle = lifecycle
    }
}

/// What the sharer (or a clerk) states about a member: the name and ID number as typed, the
/// relation, the period asked for, and for a member under 16 who is not the sharer's own child,
/// the parent or guardian who is to confirm (`Eligibility.guardianRefusal` says who may be), and
/// the mobile number the member's invitation goes to.
public struct MemberDetails: Hashable, Sendable, Codable {
    public var name: PersonName
    public var id: ResidentID
    public var relation: DeclaredRelation
    public var period: SharingPeriod
    /// The parent or guardian who confirms for the member (`ConfirmingParty.guardian`); nil when
    /// nobody confirms as guardian. Details stored before guardians were recorded read as nil.
    public var guardian: ResidentID?
    /// The mobile number given for the member, to which their invitation is sent; nil when none
    /// was given (then the registry's number is used). Details stored before it was kept read as
    /// nil. Not one of the `changes`: it is where to write, not what the review judges.
    public var mobile: MobileNumber?

    public init(
        name: PersonName, id: ResidentID, relation: DeclaredRelation, period: SharingPeriod = .openEnded,
        guardian: ResidentID? = nil, mobile: MobileNumber? = nil
    ) {
        self.name = name
        self.id = id
        self.relation = relation
        self.period = period
        self.guardian = guardian
        self.mobile = mobile
    }

    /// The changes that turn these details into `other`, in field order.
    public func changes(to other: MemberDetails) -> [MemberChange] {
        var changes: [MemberChange] = []
        if name != other.name { changes.append(.name(from: name, to: other.name)) }
        if id != other.id { changes.append(.residentID(from: id, to: other.id)) }
        if relation != other.relation { changes.append(.relation(from: relation, to: other.relation)) }
        if period != other.period { changes.append(.period(from: period, to: other.period)) }
        if guardian != other.guardian { changes.append(.guardian(from: guardian, to: other.guardian)) }
        return changes
    }
}
