import FamilyAid
import Foundation

/// Everything one resident has typed or been shown since they stepped up to the kiosk. It lives
/// only in memory and is dropped whole when the session ends, so nothing of one resident is ever
/// shown to the next.
public struct ResidentSession: Hashable, Sendable {
    public var idNumber = TextField(capacity: 18)
    /// Whether the ID number's problem has been shown in full after Enter (while typing, only
    /// problems that are certain already are shown).
    public var idNumberSubmitted = false
    public var residentID: ResidentID?
    public var pin = TextField(capacity: 6)
    public var pinNotice: PINNotice?
    public var pendingSignIn: PendingSignIn?
    /// At a counter, the check with the documents in hand that stands in for the PIN.
    public var inPerson = InPersonCheck()
    public var person: InsuredPerson?
    public var lockedUntil: Date?
    /// The members being added: the application draft.
    public var draft = MemberDraft()
    /// Invitations waiting for this resident's answer (after submission: member confirmation).
    public var invitations = InvitationSession()
    /// The resident's applications being followed (after submission: tracking).
    public var tracking = TrackingSession()
    /// 我的共济关系: the relationships in force and an ending in progress.
    public var sharing = SharingOverview()
    /// 消费明细: the period chosen and what was read for it.
    public var spending = SpendingView()
    /// 家庭共济缴费: what was paid for the member, and the answer to a payment.
    public var premium = PremiumView()
    /// Applying, after the member list: each member's payment mode.
    public var payment = PaymentDraft()
    /// Reading and signing the commitment letter.
    public var letter = LetterDraft()
    /// The proof references chosen for each member.
    public var proofs = ProofDraft()
    /// The summary, the submission and its receipt.
    public var submission = SubmissionDraft()
    /// A rejected member being corrected before being sent again; nil when none is.
    public var revision: MemberRevision?
    /// The SHA-256 of every scan this session copied into the store's document folder, kept
    /// past a submission: when the session ends, those no submitted proof refers to are deleted,
    /// so a resident who walks away leaves no copy of their documents behind.
    public var keptScans: Set<String> = []

    public init() {}

    /// The proof draft the proof screens work on: the revision's while a rejected member is
    /// being corrected, else the application's.
    public var activeProofs: ProofDraft {
        get { revision?.proofs ?? proofs }
        set {
            if revision != nil { revision?.proofs = newValue } else { proofs = newValue }
        }
    }
}

/// Why the PIN screen asks again.
public enum PINNotice: Hashable, Sendable {
    case incomplete
    case digitsOnly
    case refused(remainingTries: Int)
    case serviceUnavailable
}

/// A sign-in that has been asked of the store. A refusal is held back until `revealAt`, so every
/// refusal takes the same time.
public struct PendingSignIn: Hashable, Sendable {
    public var requestedAt: Date
    public var refusal: SignInOutcome<InsuredPerson>?
    public var revealAt: Date?
}
