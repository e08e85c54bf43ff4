/// Someone whose confirmation a member's application waits for before review.
public enum ConfirmingParty: String, Sendable, Codable, CaseIterable {
    /// The member, aged 16 or older: by their own identity check or by accepting the invitation.
    case member
    /// A parent or guardian of a member under 16 who is not the sharer's own child.
    case guardian
    /// A member who is the sharer's spouse, accepting through the spouse-binding flow where a
    /// profile turns on the Jiangsu option.
    case sharersSpouse
    /// The sharer, under N26's "both sides consent"; given by signing the application.
    case sharer
}
