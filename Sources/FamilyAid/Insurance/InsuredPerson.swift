/// Registry facts about one insured person: what the medical-insurance registry says, not what
/// anyone declared.
public struct InsuredPerson: Hashable, Sendable, Codable {
    public var id: ResidentID
    public var name: PersonName
    public var insurance: InsuranceKind
    public var status: InsuranceStatus
    public var region: PoolingRegion
    /// The whole personal account; zero for anyone without employee insurance.
    public var accountBalance: Money
    /// The 历年账户 part of `accountBalance`: what was carried over from earlier years.
    public var carriedOverBalance: Money
    public var mobile: MobileNumber?

    public init(
        id: ResidentID, name: PersonName, insurance: InsuranceKind, status: InsuranceStatus,
        region: PoolingRegion, accountBalance: Money, carriedOverBalance: Money, mobile: MobileNumber? = nil
    ) {
        self.id = id
        self.name = name
        self.insurance = insurance
        self.status = status
        self.region = region
        self.accountBalance = accountBalance
        self.carriedOverBalance = carriedOverBalance
        self.mobile = mobile
    }

    /// Insured, and the insurance in force: the condition for being added as a member.
    public var isInsuredAndActive: Bool {
        insurance != .none && status == .active
    }
}
