import FamilyAid
import Foundation

/// The last step of applying: the summary, the submission in flight, and the receipt. Dropped
/// with the session; the draft itself is cleared once the store has the application, so nothing
/// is submitted twice.
public struct SubmissionDraft: Hashable, Sendable {
    /// How far the summary page is scrolled.
    public var scroll = 0
    /// The application has gone to the store; its answer has not come yet.
    public var submitting = false
    public var notice: SubmissionNotice?
    /// The store's answer after a successful submission.
    public var receipt: SubmissionReceipt?
    /// Who the application waits for (names masked): the members who confirm themselves, and
    /// the guardians who confirm for a member under 16; kept for the receipt when the draft is
    /// cleared.
    public var awaitingConfirmation: [String] = []

    public init() {}
}

/// Why the summary did not submit.
public enum SubmissionNotice: Hashable, Sendable {
    /// The check run again at submission found this member (index) no longer allowed.
    case memberNotAllowed(Int)
    /// The commitment letter is not signed for the members now on the list.
    case letterNotSigned
    /// The store could not take the application; everything chosen is kept.
    case serviceUnavailable
}

/// Everything the store needs to record one application made at this kiosk, in the kiosk's own
/// terms; the performer turns it into the store's records.
public struct ApplicationSubmission: Hashable, Sendable {
    public struct Member: Hashable, Sendable {
        public var details: MemberDetails
        /// Who must confirm before review, as the eligibility check said.
        public var confirmations: Set<ConfirmingParty>
        public var uses: Set<SharedUse>
        public var quota: Money?
        public var rank: Int?
        /// Each document chosen, with its number where one was typed.
        public var proofs: [SubmittedProof]
        /// The registry's name of the guardian in `details.guardian`, for the receipt.
        public var guardianName: PersonName?

        public init(
            details: MemberDetails, confirmations: Set<ConfirmingParty>, uses: Set<SharedUse>, quota: Money?, rank: Int?,
            proofs: [SubmittedProof], guardianName: PersonName? = nil
        ) {
            self.details = details
            self.confirmations = confirmations
            self.uses = uses
            self.quota = quota
            self.rank = rank
            self.proofs = proofs
            self.guardianName = guardianName
        }
    }

    public var sharer: ResidentID
    public var profile: PolicyProfile
    public var members: [Member]
    public var letter: SignedLetter
    /// The clerk who took the application in, at a counter; nil at a kiosk.
    public var takenInBy: String?

    public init(sharer: ResidentID, profile: PolicyProfile, members: [Member], letter: SignedLetter, takenInBy: String? = nil) {
        self.sharer = sharer
        self.profile = profile
        self.members = members
        self.letter = letter
        self.takenInBy = takenInBy
    }
}

/// The commitment letter as signed: on screen with the card PIN at a kiosk, on paper at a counter.
public enum SignedLetter: Hashable, Sendable {
    case onScreen(LetterSignature)
    case paper(PaperForms)
}

public struct SubmittedProof: Hashable, Sendable {
    public var kind: ProofKind
    public var documentNumber: String?
    /// The SHA-256 of the document's scan, kept in the store's document folder; nil where the
    /// resident scanned none.
    public var scanSHA256: String?
    /// A counter clerk saw the original (原件已查验).
    public var sighted: Bool

    public init(kind: ProofKind, documentNumber: String?, scanSHA256: String? = nil, sighted: Bool = false) {
        self.kind = kind
        self.documentNumber = documentNumber
        self.scanSHA256 = scanSHA256
        self.sighted = sighted
    }
}

/// The store's answer to a submission: the number to quote, and when a decision is due.
public struct SubmissionReceipt: Hashable, Sendable {
    public var number: ApplicationNumber
    /// The day a reviewer decides by for a member who needs nobody's confirmation: today plus the
    /// self-service review's working days.
    public var decideBy: CivilDate
    /// The calendar has no holidays for that year: the date counts weekends only.
    public var countsWeekendsOnly: Bool

    public init(number: ApplicationNumber, decideBy: CivilDate, countsWeekendsOnly: Bool) {
        self.number = number
        self.decideBy = decideBy
        self.countsWeekendsOnly = countsWeekendsOnly
    }
}
