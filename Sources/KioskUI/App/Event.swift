import FamilyAid
import KioskFrame

/// Everything that can happen to the kiosk: input from the person, the terminal, the clock, or
/// the answer to an effect the kiosk asked for.
public enum Event: Sendable {
    case key(Key)
    /// A mouse click or a touch at a screen position.
    case tap(Position)
    case resize(Size)
    /// Time has passed (the runtime's timer, or a replay's virtual clock).
    case tick
    /// An identity card or code reader delivered an ID number: the same as typing it and Enter.
    case identityRead(String)
    case signInAnswered(SignInOutcome<InsuredPerson>)
    /// The store's answer to a counter's in-person check.
    case inPersonAnswered(InPersonOutcome)
    /// The registry's answer for a member's ID number: the person, or nil when it has nobody
    /// with that number.
    case memberLookedUp(ResidentID, InsuredPerson?)
    /// The registry's answer for the ID number given as a member's guardian: the person, or nil.
    case guardianLookedUp(ResidentID, InsuredPerson?)
    /// The signed-in sharer's current, pending and former members, for the eligibility verdicts.
    case existingMembersLoaded(ExistingMembers)
    // After submission (member confirmation, tracking).
    /// The invitations waiting for the signed-in resident's answer.
    case invitationsLoaded([InvitationItem])
    /// The store's answer to a confirmation or decline.
    case invitationAnswered(InvitationOutcome)
    /// The resident's applications, as sharer and as member, the newest first.
    case applicationsLoaded([FollowedApplication])
    /// The store's answer to withdrawing, resubmitting or correcting a member.
    case memberActed(MemberActionOutcome)
    /// The engine's verdict on a rejected member as corrected.
    case revisionJudged(MemberVerdict)
    /// The store could not do what was asked; the kiosk says so and keeps what was typed.
    case serviceFailed
    /// As `serviceFailed`, because the store is full or read-only: the kiosk also says so over the
    /// screen, since trying again will not help until someone sees to it.
    case storeCannotSave(StoreNotice)
    // Money after a sharing is live.
    /// The signed-in resident's relationships in force (scheduled or active), as sharer and as member.
    case relationshipsLoaded([SharingEntry])
    /// A relationship was ended (unbound or left); the unused quota given back, if any.
    case relationshipEnded(id: Int64, quotaReturned: Money?)
    /// 消费明细 for the period asked.
    case spendingLoaded(SpendingStatement)
    /// The contributions already paid for this member.
    case premiumsLoaded(ResidentID, [PaidPremium])
    case premiumPaid(PremiumReceipt)
    case premiumRefused(PremiumRefusal)

    // Applying, from the complete member list to the submitted application.
    /// How many sharers a member of the draft has already (relationships scheduled or active),
    /// for the order among sharers (支付顺位).
    case memberSharersLoaded(ResidentID, count: Int)
    /// The store's answer to the PIN entered to sign the commitment letter.
    case signaturePINAnswered(SignInOutcome<InsuredPerson>)
    /// The files in the scanner's inbox, newest first.
    case scanInboxListed([InboxFile])
    /// A scan passed the content check and is kept in the store's document folder.
    case scanAttached(AttachedScan)
    /// A file from the inbox cannot be a proof's scan, and why.
    case scanRefused(InboxFile, ScanRefusal)
    // Applying, the last step: submission.
    /// The store holds the application: its number and the decision date.
    case applicationSubmitted(SubmissionReceipt)
    /// At a counter: the paper application form with this number was taken in already.
    case paperFormTakenIn(form: String, application: String)
}

/// What the kiosk asks the outside world to do. `update` never does I/O; the runtime performs
/// these and feeds any answer back as an `Event`.
public enum Effect: Hashable, Sendable {
    case signIn(ResidentID, pin: String)
    /// At a counter: the registry's record for the ID number, if it holds it under the name typed
    /// from the original; answered by `inPersonAnswered`.
    case verifyInPerson(ResidentID, name: PersonName)
    /// Look a prospective member up in the registry by ID number; answered by `memberLookedUp`.
    case lookUpMember(ResidentID)
    /// Look the guardian named for a member up in the registry by ID number; answered by
    /// `guardianLookedUp`.
    case lookUpGuardian(ResidentID)
    /// Read what the sharer already has (members bound, pending, ended); answered by
    /// `existingMembersLoaded`.
    case loadExistingMembers(sharer: ResidentID)
    // After submission (member confirmation, tracking).
    /// Read the invitations waiting for this resident; answered by `invitationsLoaded`.
    case loadInvitations(ResidentID)
    /// Record the resident's answer to an invitation (as `party`); answered by
    /// `invitationAnswered`.
    case answerInvitation(ApplicationNumber, member: Int, party: ConfirmingParty, accept: Bool)
    /// Read the resident's applications; answered by `applicationsLoaded`.
    case loadApplications(ResidentID)
    /// Withdraw or resubmit one member of the resident's application; answered by `memberActed`.
    case actOnMember(ApplicationNumber, member: Int, MemberAction)
    /// Judge a rejected member as corrected, on the store's facts of today; answered by
    /// `revisionJudged`.
    case judgeRevision(ApplicationNumber, member: Int, MemberDetails)
    /// Record a correction of a rejected member and send it again (the system check runs again);
    /// answered by `memberActed`.
    case correctMember(MemberCorrection)
    /// A resident's session ended: the runtime forgets it.
    case sessionEnded(SessionEndReason)
    // Money after a sharing is live.
    /// Bring relationships up to today, then read this resident's in force; answered by
    /// `relationshipsLoaded`.
    case loadRelationships(ResidentID)
    /// End a relationship today: the sharer unbinds, or the member leaves (`side` says which the
    /// resident is); answered by `relationshipEnded`.
    case endRelationship(id: Int64, side: RelationshipSide)
    /// Read 消费明细 of this resident, from `from` through `to`; answered by `spendingLoaded`.
    case loadSpending(ResidentID, from: CivilDate, to: CivilDate)
    /// Read the contributions paid for this member; answered by `premiumsLoaded`.
    case loadPremiums(ResidentID)
    /// Pay a member's contribution from the sharer's account (or quota) under `profile`;
    /// answered by `premiumPaid` or `premiumRefused`.
    case payPremium(PremiumRequest, sharer: ResidentID, profile: PolicyProfile)
    /// Repaint everything from scratch (Ctrl-L, or after something else drew on the terminal).
    case redrawAll
    case quit

    // Applying, from the complete member list to the submitted application.
    /// Count a member's sharers in force; answered by `memberSharersLoaded`.
    case loadMemberSharers(ResidentID)
    /// Check the card PIN entered to sign the commitment letter (counted like a sign-in);
    /// answered by `signaturePINAnswered`.
    case checkSignaturePIN(ResidentID, pin: String)
    /// Read the scanner's inbox; answered by `scanInboxListed`.
    case listScanInbox
    /// Check a file of the inbox by its content and keep it under its SHA-256 in the store's
    /// document folder; answered by `scanAttached` or `scanRefused`.
    case attachScan(InboxFile)
    /// Demo store only: put a sample scan of this kind of document into the inbox, as a scanner
    /// would; answered by `scanInboxListed`.
    case makeDemoScan(ProofKind)
    /// Empty the scanner's inbox: when a session begins, so that only what the resident scans
    /// now is offered, and when it ends, so nothing of theirs is left for the next.
    case clearScanInbox
    /// A session ended: delete from the document folder these scans (by SHA-256) unless a
    /// submitted proof refers to them.
    case discardScans([String])
    // Applying, the last step: submission.
    /// Record the application, submitted and checked; answered by `applicationSubmitted`, or
    /// `serviceFailed`.
    case submitApplication(ApplicationSubmission)
}

public enum SessionEndReason: String, Hashable, Sendable {
    case finished
    case idle
    case endKey
    case notThisPerson
    case locked
}
