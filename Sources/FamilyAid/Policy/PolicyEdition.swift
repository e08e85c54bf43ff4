/// A national policy edition: which relatives may share and where the member may be insured.
/// Regions still on an older edition select it in their profile; the kiosk's default is `n26`.
public enum PolicyEdition: String, Sendable, Codable, CaseIterable {
    /// 国办发〔2021〕14号, from April 2021: spouse, parents, children, same pooling region.
    case n21 = "N21"
    /// 国办发〔2024〕38号, from July 2024: all near relatives, same province.
    case n24 = "N24"
    /// 国家医保局/财政部 跨省共济 notice, from 9 January 2026: all near relatives, anywhere in
    /// China, both sides consent, quotas, automatic end when insurance ends or moves.
    case n26 = "N26"

    /// The day the edition took effect. DOMAIN.md dates N21 and N24 by month only; the first of
    /// that month stands for it.
    public var since: CivilDate {
        switch self {
        case .n21: CivilDate(year: 2021, month: 4, day: 1)!
        case .n24: CivilDate(year: 2024, month: 7, day: 1)!
        case .n26: CivilDate(year: 2026, month: 1, day: 9)!
        }
    }

    /// The near-relative categories a member may be declared as.
    public var allowedCategories: Set<KinshipCategory> {
        switch self {
        case .n21: [.spouse, .parent, .child]
        case .n24, .n26: Set(KinshipCategory.allCases)
        }
    }

    /// Where the member's insurance must be, seen from the sharer's pooling region.
    public var memberArea: InsuranceArea {
        switch self {
        case .n21: .samePoolingRegion
        case .n24: .sameProvince
        case .n26: .anywhereInChina
        }
    }
}

/// How far from the sharer a member may be insured.
public enum InsuranceArea: String, Sendable, Codable, CaseIterable {
    case samePoolingRegion
    case sameProvince
    case anywhereInChina

    /// Whether a member insured in `member` is inside the area around a sharer insured in `sharer`.
    public func contains(_ member: PoolingRegion, around sharer: PoolingRegion) -> Bool {
        switch self {
        case .samePoolingRegion: member == sharer
        case .sameProvince: member.provinceCode == sharer.provinceCode
        case .anywhereInChina: true
        }
    }
}
