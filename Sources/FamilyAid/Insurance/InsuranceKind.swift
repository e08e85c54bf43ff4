/// Which basic medical insurance a person holds.
public enum InsuranceKind: String, Sendable, Codable, CaseIterable {
    /// 职工基本医疗保险: has a personal account (个人账户), so can share.
    case employee
    /// 城乡居民基本医疗保险: no personal account; can be added as a member, cannot share.
    case resident
    /// No basic medical insurance: can neither share nor be added.
    case none
}

/// Whether the insurance is in force.
public enum InsuranceStatus: String, Sendable, Codable, CaseIterable {
    /// 正常.
    case active
    /// 断缴 / 暂停: contributions stopped.
    case suspended
    /// 冻结: frozen by the bureau.
    case frozen
}
