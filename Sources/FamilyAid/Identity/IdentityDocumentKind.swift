/// The kinds of 18-character identity number the kiosk accepts. All share the GB 11643 layout
/// (birth date at characters 7–14, sequence, check character) and check; they differ in what the
/// first six characters say.
public enum IdentityDocumentKind: String, Sendable, Codable, CaseIterable {
    /// 居民身份证: a 6-digit address code whose first two digits are a mainland province.
    case mainlandResidentID
    /// 港澳居民居住证, Hong Kong residents: starts 810000.
    case hongKongMacauResidencePermit
    /// 台湾居民居住证: starts 830000.
    case taiwanResidencePermit
    /// 外国人永久居留身份证 (2023): '9', the issuing province, a 3-digit nationality code.
    case foreignPermanentResidenceCard
}

/// From the 17th character of an identity number: odd is male, even is female.
public enum Sex: String, Sendable, Codable {
    case male, female
}
