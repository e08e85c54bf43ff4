/// A member's bill at a designated hospital or pharmacy: the self-borne part (个人负担) that the
/// member's own account, then the sharers, then cash pay.
public struct Bill: Hashable, Sendable, Codable {
    /// The hospital's or pharmacy's settlement number (结算单号); ledger entries refer to it.
    public var number: String
    public var member: ResidentID
    /// The self-borne amount, after the pooled fund paid its share.
    public var amount: Money
    /// `.hospitalSelfPay` or `.pharmacy`; contributions are paid through `PremiumPayment`.
    public var use: SharedUse
    public var date: CivilDate

    public init(number: String, member: ResidentID, amount: Money, use: SharedUse, date: CivilDate) {
        self.number = number
        self.member = member
        self.amount = amount
        self.use = use
        self.date = date
    }

    /// Who is paid for a bill of `use`; nil for the contribution uses, which are no bills.
    static func payee(for use: SharedUse) -> Payee? {
        switch use {
        case .hospitalSelfPay: .designatedHospital
        case .pharmacy: .designatedPharmacy
        case .residentInsurancePremium, .longTermCarePremium: nil
        }
    }
}
