import FamilyAid

/// An invitation waiting for the signed-in resident's answer, as the kiosk shows it: whose
/// application, for which member, who this resident confirms as, and by which day. The store's
/// `Invitation` plus the sharer's name, so the screen can say who invites (masked).
public struct InvitationItem: Hashable, Sendable {
    public var number: ApplicationNumber
    public var memberIndex: Int
    public var sharerName: PersonName
    public var sharerID: ResidentID
    public var member: MemberDetails
    public var pending: PendingConfirmation
    /// The party this resident answers as: the member, the sharer's spouse in the spouse flow, the
    /// parent or guardian named for a member under 16, or the sharer under N26's both-sides
    /// consent.
    public var party: ConfirmingParty

    public init(
        number: ApplicationNumber, memberIndex: Int, sharerName: PersonName, sharerID: ResidentID,
        member: MemberDetails, pending: PendingConfirmation, party: ConfirmingParty
    ) {
        self.number = number
        self.memberIndex = memberIndex
        self.sharerName = sharerName
        self.sharerID = sharerID
        self.member = member
        self.pending = pending
        self.party = party
    }

    /// Past its last day on `today`: it can no longer be answered.
    public func hasExpired(on today: CivilDate) -> Bool { pending.hasExpired(on: today) }

    /// The catalog key `base` as worded for this party: the sharer's own application
    /// (`base_own`), a guardian's confirmation for a child (`base_guardian`), or the member's.
    func key(_ base: String) -> String {
        switch party {
        case .sharer: base + "_own"
        case .guardian: base + "_guardian"
        case .member, .sharersSpouse: base
        }
    }
}

/// The store's answer to a confirmation or a decline.
public enum InvitationOutcome: Hashable, Sendable {
    /// Confirmed; `othersAwaited` when someone else must still confirm before review.
    case confirmed(othersAwaited: Bool)
    case declined
    /// The last day passed before the answer arrived.
    case expired
    /// Answered already (at another kiosk, or by the other party), or withdrawn by the sharer.
    case noLongerOpen
}

/// The invitation part of a resident's session: the invitations loaded after sign-in (nil until
/// the store answered), the one open, and the outcome of the last answer.
public struct InvitationSession: Hashable, Sendable {
    public var items: [InvitationItem]?
    public var selected = 0
    /// An answer sent to the store and not yet answered: the screen waits.
    public var answering: Bool = false
    public var outcome: InvitationOutcome?
    /// The invitation last answered, kept for the result screen (the list is read again).
    public var answered: InvitationItem?
    /// The store could not record the answer; the resident may try again.
    public var failed = false

    public init() {}

    public var selectedItem: InvitationItem? {
        guard let items, items.indices.contains(selected) else { return nil }
        return items[selected]
    }
}
