import FamilyAid

/// The payment mode (资金使用方式) chosen for each member of the draft: what the shared money may
/// pay for them and, under N26, the quota (共济额度) set aside for them. Kept by ID number, so
/// changing or removing one member keeps the others' choices; dropped with the session.
public struct PaymentDraft: Hashable, Sendable {
    public var choices: [ResidentID: PaymentChoice] = [:]
    /// How many sharers each member has already, as the store answered; a member missing here
    /// has not been answered for yet.
    public var otherSharers: [ResidentID: Int] = [:]
    /// The member (index into the draft's members) whose payment mode is on screen.
    public var current = 0
    /// Why the screen on show asks again.
    public var notice: PaymentNotice?

    public init() {}
}

/// One member's payment mode, as chosen so far.
public struct PaymentChoice: Hashable, Sendable {
    /// The uses the shared money may pay for this member; starts as every use the profile allows.
    public var uses: Set<SharedUse>
    /// The quota as typed, in 元 (N26 only).
    public var quotaText = TextField(capacity: 10)
    /// The quota accepted on Enter; nil until then, and again once the text changes.
    public var quota: Money?
    /// The first and last day as typed, YYYYMMDD (where the profile has chosen dates).
    public var startText = TextField(capacity: 8)
    public var endText = TextField(capacity: 8)
    /// The period accepted on Enter; nil until then, and again once a date changes.
    public var period: SharingPeriod?
    /// This sharer's place among the member's sharers (支付顺位), 1 paying first; nil until
    /// chosen, and where none is asked.
    public var rank: Int?

    public init(uses: Set<SharedUse>) {
        self.uses = uses
    }
}

/// Why a payment-mode screen asks again.
public enum PaymentNotice: Hashable, Sendable {
    /// Every use was switched off: the money would pay for nothing.
    case noUse
    case quotaEmpty
    /// Not an amount in 元 (at most two decimals).
    case quotaInvalid
    case quotaZero
    /// More than stays available of the shareable balance.
    case quotaTooLarge(available: Money)
    /// A character that has no place in an amount was typed (and not taken).
    case quotaDigitsOnly
    /// The first or last day was left empty.
    case startEmpty
    case endEmpty
    /// The first or last day is not a real date of 8 digits.
    case startInvalid
    case endInvalid
    case startInPast
    case endNotAfterStart
    /// A date takes digits only.
    case dateDigitsOnly
}
