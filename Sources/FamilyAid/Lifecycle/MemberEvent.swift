import Foundation

/// Something that happens to one member of an application. Events are values so that the kiosk,
/// the clerk's console, the automatic checker and a replay all drive the same transition function
/// (`MemberState.after(_:at:rules:)`), and the history records exactly what happened.
public enum MemberEvent: Hashable, Sendable, Codable {
    /// The sharer or clerk changed the member's details: in a draft, or after a rejection before
    /// resubmitting. The changes are recorded; an edit that changes nothing is refused.
    case edit([MemberChange])
    /// The draft is sent.
    case submit
    /// The eligibility rules found nothing wrong; `confirming` are the parties who must confirm
    /// (empty: straight to review).
    case passSystemCheck(confirming: Set<ConfirmingParty>)
    /// The eligibility rules refused the member, with every reason found.
    case failSystemCheck([ReasonCode])
    /// One of the awaited parties confirmed (own identity check, or accepting the invitation).
    case confirm(ConfirmingParty)
    /// One of the awaited parties said no.
    case decline(ConfirmingParty)
    /// The invitation's last day passed without every confirmation.
    case expire
    /// The reviewer approved the member.
    case approve
    /// The reviewer refused the member, with the reasons.
    case reject([ReasonCode])
    /// After a rejection (edited or not: a member who has since resumed their insurance needs no
    /// edit), the sharer sends the member again.
    case resubmit
    /// The sharer withdraws the member.
    case cancel

    public var kind: MemberEventKind {
        switch self {
        case .edit: .edit
        case .submit: .submit
        case .passSystemCheck: .passSystemCheck
        case .failSystemCheck: .failSystemCheck
        case .confirm: .confirm
        case .decline: .decline
        case .expire: .expire
        case .approve: .approve
        case .reject: .reject
        case .resubmit: .resubmit
        case .cancel: .cancel
        }
    }
}

/// The event without its details: what errors and tables name.
public enum MemberEventKind: String, Sendable, Codable, CaseIterable {
    case edit, submit, passSystemCheck, failSystemCheck, confirm, decline, expire, approve, reject, resubmit, cancel
}

/// One change to a member's details, with the value before and after, so a reviewer can see
/// what the sharer corrected after a rejection.
public enum MemberChange: Hashable, Sendable, Codable {
    case name(from: PersonName, to: PersonName)
    case residentID(from: ResidentID, to: ResidentID)
    case relation(from: DeclaredRelation, to: DeclaredRelation)
    case period(from: SharingPeriod, to: SharingPeriod)
    /// The parent or guardian named to confirm for a member under 16 (nil: none).
    case guardian(from: ResidentID?, to: ResidentID?)
    /// A proof document handed in or scanned.
    case proofAdded(ProofKind)
    /// A proof document withdrawn (e.g. an unreadable scan).
    case proofRemoved(ProofKind)
}
