/// What a registry entry says about one insured person, each fact named as the column of a
/// bureau's registry file that holds it (and as the store's column of the same name).
public enum RegistryField: String, Sendable, CaseIterable {
    case idNumber = "id_number"
    case name
    case insuranceKind = "insurance_kind"
    case insuranceStatus = "insurance_status"
    case regionCode = "region_code"
    case balanceFen = "balance_fen"
    case carriedOverBalanceFen = "carried_over_balance_fen"
    case mobile

    /// A required field needs a column and a value in every row. The others may be left out:
    /// the carried-over balance is then 0 (a region sharing the whole account need not split it)
    /// and the mobile number none (the registry does not have one for everybody).
    public var isRequired: Bool {
        switch self {
        case .carriedOverBalanceFen, .mobile: false
        default: true
        }
    }
}
