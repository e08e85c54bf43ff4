import Foundation

/// Which screen is up. The data the screens show lives in `ResidentSession`, so going back and
/// forth between screens never loses what was typed.
public enum Screen: Hashable, Sendable, CaseIterable {
    case welcome
    case identityNumber
    case identityPIN
    /// At a counter, instead of the PIN: the name as printed on the ID card, and the clerk's tick
    /// that the original was checked against the person (原件已核验).
    case identityInPerson
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
    /// At a counter, after the registry found the member: the name as printed on their documents.
    case memberName
    case memberRelation
    case memberTie
    case memberMobile
    /// Where a guardian must confirm for a member under 16: the guardian's ID number, then "is
    /// this the guardian?".
    case memberGuardian
    case memberGuardianPerson
    /// One member's verdict in full, with what to do and what will be needed; edit or remove.
    case memberVerdict
    /// "Remove this member from the list?"
    case memberRemove

    // After submission (member confirmation, tracking).
    /// The invitations waiting for the signed-in resident.
    case invitationList
    /// One invitation: who invites, what sharing means; confirm or decline.
    case invitation
    /// "Decline this invitation?"
    case invitationDecline
    /// What became of the answer.
    case invitationResult
    /// The resident's applications, as sharer and as member.
    case applicationList
    /// One application: status, expected date, its members.
    case applicationDetail
    /// One member's timeline and what the sharer may do.
    case applicationMember
    /// "Withdraw this member?"
    case applicationCancel
    /// Correcting a rejected member: the relation again, and its tie; the engine's verdict on the
    /// correction; the last look before sending it. (The proofs use the proof screens.)
    case revisionRelation
    case revisionTie
    case revisionVerdict
    case revisionConfirm
    // Money after a sharing is live (我的共济关系 and what follows).
    /// The resident's relationships in force, as sharer and as member.
    case sharingList
    /// One relationship in full, with unbind (sharer) or leave (member).
    case sharingDetail
    /// "End this sharing?"
    case sharingEndConfirm
    /// The store's answer to the ending, with the quota returned.
    case sharingEnded
    /// 消费明细 for a period: paid from my account for whom, paid for me, refunds.
    case spending
    /// 家庭共济缴费 for the member of the relationship chosen: the year's amount, or why not now.
    case premium
    /// The answer to the payment, with what is left after it.
    case premiumResult
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
    /// At a counter, instead of the letter on screen and the PIN: the numbers of the paper
    /// application form (申请表编号) and of the commitment letter the resident signed on paper.
    case paperForms
    /// For one member's proof: which set of documents the resident brings.
    case proofSet
    /// One document's number (it may be left empty).
    case proofNumber
    /// One document's scan, at a kiosk with a scanner (it may be skipped).
    case proofScan
    // Applying, the last step: the summary, then the receipt.
    /// Everything chosen, on one page, with submit and the ways back into each step.
    case applicationSummary
    /// The application number to quote, and what happens next.
    case applicationReceipt
}
