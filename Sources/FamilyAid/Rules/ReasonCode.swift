/// Why a member cannot be added, or was rejected: the codes of DOMAIN.md, which clerks, the
/// central office and every screen share. Each rejection carries one, and the values that caused
/// it travel beside it (see `Violation`).
public enum ReasonCode: String, Sendable, Codable, CaseIterable {
    /// The member has no basic medical insurance, or it is suspended.
    case notInsured = "NOT_INSURED"
    /// Name and ID number do not match the registry.
    case infoMismatch = "INFO_MISMATCH"
    /// The member is insured outside the area the edition allows.
    case outOfArea = "OUT_OF_AREA"
    /// The relationship is not a near relative under the edition.
    case relationNotAllowed = "RELATION_NOT_ALLOWED"
    /// The member already has a sharer, in a one-sharer region.
    case alreadyShared = "ALREADY_SHARED"
    /// The sharer's member limit, at once or in a lifetime, is reached.
    case memberLimit = "MEMBER_LIMIT"
    /// The sharer is not in employee insurance, the account is suspended, or nothing is shareable.
    case sharerIneligible = "SHARER_INELIGIBLE"
    /// A required proof is missing or unreadable.
    case proofMissing = "PROOF_MISSING"
    /// The member (or guardian) did not confirm in time.
    case confirmationTimeout = "CONFIRMATION_TIMEOUT"
    /// The member (or guardian) declined the invitation.
    case declined = "DECLINED"
    /// The stated relation does not fit the ages: a parent younger than the sharer, a child older.
    case relationImplausible = "RELATION_IMPLAUSIBLE"
    /// The same person twice in one application, or already an active member.
    case duplicateMember = "DUPLICATE_MEMBER"
    /// The sharer named themselves as a member.
    case selfBinding = "SELF_BINDING"
}
