import Foundation

/// Which screen is up. The data the screens show lives in `ResidentSession`, so going back and
/// forth between screens never loses what was typed.
public enum Screen: Hashable, Sendable {
    case welcome
    case identityNumber
    case identityPIN
    case verifying
    case signInLocked
    case confirmIdentity
    case home
    /// The plain explanation of 家庭共济 versus 亲情账户.
    case guide
    /// The members being added in this session, each with a one-line verdict.
    case memberList
    /// Adding a member, one decision per screen: the ID number, "is this the person?", the
    /// relationship, the kind of tie, the mobile number.
    case memberIDNumber
    case memberPerson
    case memberRelation
    case memberTie
    case memberMobile
    /// One member's verdict in full, with what to do and what will be needed; edit or remove.
    case memberVerdict
    /// "Remove this member from the list?"
    case memberRemove

    // Applying, from the complete member list to the submitted application.
    /// One member's payment mode: what the shared money may pay (资金使用方式).
    case paymentUses
    /// One member's quota (共济额度, N26): what is set aside and what stays available.
    case paymentQuota
    /// One member's authorization period, where the profile has chosen dates.
    case paymentPeriod
    /// Where this sharer pays among the member's sharers (支付顺位), where the member has others.
    case paymentRank
    /// The commitment letter, read to the end, then 我已阅读并同意.
    case commitmentLetter
    /// The card PIN again, to sign the letter.
    case commitmentPIN
    /// For one member's proof: which set of documents the resident brings.
    case proofSet
    /// One document's number (it may be left empty).
    case proofNumber
}
