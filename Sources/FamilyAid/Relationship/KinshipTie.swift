/// How a near-relative tie came about. It decides which documents prove it: a 出生医学证明 shows
/// a tie by birth, a 收养登记证 an adoption, the parent's 结婚证 with the 户口簿 a step tie.
public enum KinshipTie: String, Sendable, Codable, CaseIterable {
    /// By birth, in or out of wedlock (Art. 1071).
    case birth
    /// By adoption (Art. 1111).
    case adoptive
    /// A step relationship in which one side raised or supports the other (Art. 1072). A step tie
    /// without maintenance is not a near-relative tie at all.
    case stepWithMaintenance
    /// By marriage: the spouse, and only the spouse.
    case marriage
}
