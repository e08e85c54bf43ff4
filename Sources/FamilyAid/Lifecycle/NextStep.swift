/// What to do after a rejection: DOMAIN.md says every rejection "carries a reason code and says
/// what to do next". The screens turn each step into words; the domain decides which step fits.
public enum NextStep: String, Sendable, Codable, CaseIterable {
    /// The member enrols in basic medical insurance or resumes it (断缴 paid up, frozen lifted),
    /// then the sharer resubmits.
    case memberEnrolsOrResumesInsurance
    /// Correct the member's name or ID number as the registry has them, then resubmit.
    case correctNameOrIDNumber
    /// Check the relation stated; when it was stated right, this relative cannot be added under
    /// the region's policy.
    case checkTheStatedRelation
    /// The member is insured outside the area the region's edition allows: not possible here
    /// unless the member's insurance moves.
    case notPossibleFromThisArea
    /// The member first leaves their other sharing (one sharer per member), then resubmit.
    case memberLeavesTheOtherSharingFirst
    /// Unbind a current member first; a lifetime limit cannot be freed this way.
    case unbindAMemberFirst
    /// The sharer's own employee insurance or account must be in order (or hold something
    /// shareable) before anyone can be added.
    case sharerPutsOwnAccountInOrder
    /// Bring or rescan the missing proof, then resubmit.
    case provideTheMissingProof
    /// Resubmit to send a new invitation, and tell the relative to confirm in time.
    case inviteAgain
    /// The relative said no: nothing to do unless they change their mind.
    case askTheRelativeFirst
    /// Remove the second entry of the same person; someone already a member needs no new one.
    case removeTheDuplicate
    /// The sharer cannot be their own member: name the relative instead.
    case nameTheRelativeInstead
}

/// Added here (not in `Rules/ReasonCode.swift`) because the lifecycle is what shows a rejection.
extension ReasonCode {
    /// What to do next after a rejection for this reason.
    public var nextStep: NextStep {
        switch self {
        case .notInsured: .memberEnrolsOrResumesInsurance
        case .infoMismatch: .correctNameOrIDNumber
        case .outOfArea: .notPossibleFromThisArea
        case .relationNotAllowed, .relationImplausible: .checkTheStatedRelation
        case .alreadyShared: .memberLeavesTheOtherSharingFirst
        case .memberLimit: .unbindAMemberFirst
        case .sharerIneligible: .sharerPutsOwnAccountInOrder
        case .proofMissing: .provideTheMissingProof
        case .confirmationTimeout: .inviteAgain
        case .declined: .askTheRelativeFirst
        case .duplicateMember: .removeTheDuplicate
        case .selfBinding: .nameTheRelativeInstead
        }
    }

    /// Whether only the confirmation step gives this reason: a timeout comes from the invitation
    /// expiring and a decline from the relative, never from a system check or a reviewer.
    public var arisesOnlyFromConfirmation: Bool {
        self == .confirmationTimeout || self == .declined
    }

    /// The codes a reviewer may give: every code except those only a confirmation produces.
    public static var reviewerCodes: [ReasonCode] { allCases.filter { !$0.arisesOnlyFromConfirmation } }
}
