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
    /// The registry's answer for a member's ID number: the person, or nil when it has nobody
    /// with that number.
    case memberLookedUp(ResidentID, InsuredPerson?)
    /// The signed-in sharer's current, pending and former members, for the eligibility verdicts.
    case existingMembersLoaded(ExistingMembers)
    /// The store could not do what was asked; the kiosk says so and keeps what was typed.
    case serviceFailed

    // Applying, from the complete member list to the submitted application.
    /// How many sharers a member of the draft has already (relationships scheduled or active),
    /// for the order among sharers (支付顺位).
    case memberSharersLoaded(ResidentID, count: Int)
    /// The store's answer to the PIN entered to sign the commitment letter.
    case signaturePINAnswered(SignInOutcome<InsuredPerson>)
}

/// What the kiosk asks the outside world to do. `update` never does I/O; the runtime performs
/// these and feeds any answer back as an `Event`.
public enum Effect: Hashable, Sendable {
    case signIn(ResidentID, pin: String)
    /// Look a prospective member up in the registry by ID number; answered by `memberLookedUp`.
    case lookUpMember(ResidentID)
    /// Read what the sharer already has (members bound, pending, ended); answered by
    /// `existingMembersLoaded`.
    case loadExistingMembers(sharer: ResidentID)
    /// A resident's session ended: the runtime forgets it (and, later, wipes its scans).
    case sessionEnded(SessionEndReason)
    /// Repaint everything from scratch (Ctrl-L, or after something else drew on the terminal).
    case redrawAll
    case quit

    // Applying, from the complete member list to the submitted application.
    /// Count a member's sharers in force; answered by `memberSharersLoaded`.
    case loadMemberSharers(ResidentID)
    /// Check the card PIN entered to sign the commitment letter (counted like a sign-in);
    /// answered by `signaturePINAnswered`.
    case checkSignaturePIN(ResidentID, pin: String)
}

public enum SessionEndReason: String, Hashable, Sendable {
    case finished
    case idle
    case endKey
    case notThisPerson
    case locked
}
