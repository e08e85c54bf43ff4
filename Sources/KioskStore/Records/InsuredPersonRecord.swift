import Foundation
import GRDB

/// One person in the insured-person registry, as the medical-insurance office supplies it.
///
/// Values are kept as the registry's own codes (strings and fen) so that the store does not
/// depend on how the domain models them; the schema checks every code, so a wrong one is refused
/// by the store instead of being saved.
public struct InsuredPersonRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "insured_person"

    /// The 18-character resident ID number, upper case (a final check character `X`).
    public var idNumber: String
    public var name: String
    /// "employee" (职工医保), "resident" (城乡居民医保) or "none".
    public var insuranceKind: String
    /// "active", "suspended" (断缴) or "frozen" (冻结).
    public var insuranceStatus: String
    /// The six-digit code of the pooling region (统筹区).
    public var regionCode: String
    /// The personal-account balance, in fen.
    public var balanceFen: Int64
    /// The part of the balance carried over from earlier years (历年账户), in fen.
    public var carriedOverBalanceFen: Int64
    public var mobile: String?

    public init(
        idNumber: String,
        name: String,
        insuranceKind: String,
        insuranceStatus: String,
        regionCode: String,
        balanceFen: Int64,
        carriedOverBalanceFen: Int64,
        mobile: String? = nil
    ) {
        self.idNumber = idNumber
        self.name = name
        self.insuranceKind = insuranceKind
        self.insuranceStatus = insuranceStatus
        self.regionCode = regionCode
        self.balanceFen = balanceFen
        self.carriedOverBalanceFen = carriedOverBalanceFen
        self.mobile = mobile
    }

    enum CodingKeys: String, CodingKey {
        case idNumber = "id_number"
        case name
        case insuranceKind = "insurance_kind"
        case insuranceStatus = "insurance_status"
        case regionCode = "region_code"
        case balanceFen = "balance_fen"
        case carriedOverBalanceFen = "carried_over_balance_fen"
        case mobile
    }
}

extension InsuredPersonRecord {
    /// ID numbers are stored upper case; a typed lower-case `x` must find the same person.
    static func normalizedIDNumber(_ idNumber: String) -> String {
        idNumber.uppercased()
    }
}
