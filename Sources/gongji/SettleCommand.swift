import ArgumentParser
import FamilyAid
import Foundation
import KioskStore

/// Records a bill paid at a designated hospital or pharmacy, as the settlement system would
/// report it, so that 消费明细 has something to show before real settlement data arrives.
struct SettleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settle",
        abstract: "Record a member's bill paid at a designated hospital or pharmacy.",
        discussion: """
        The self-borne amount is paid from the member's own account first, then by the sharers in \
        force on the bill's day (in the policy's order, from their quota under N26), then in cash. \
        Prints what each paid; sharers' ID numbers are masked. The settlement is journaled with the \
        supervisor who recorded it. A bill number is settled once. The supervisor's password is read \
        from GONGJI_OPERATOR_PASSWORD, or asked at the terminal. Example: gongji settle --demo-store \
        --as demo-supervisor --member 11010520150520031X --amount 500 --use hospital \
        --bill H-2026-0001 --date 2026-11-26
        """
    )

    enum Use: String, ExpressibleByArgument, CaseIterable {
        case hospital, pharmacy

        var sharedUse: SharedUse { self == .hospital ? .hospitalSelfPay : .pharmacy }
    }

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var policyOptions: PolicyOptions

    @OptionGroup var acting: SupervisorOptions

    @Option(help: ArgumentHelp("The member's ID number (18 characters).", valueName: "id"))
    var member: String

    @Option(help: ArgumentHelp("The self-borne amount in yuan (元), e.g. 500 or 1234.50.", valueName: "yuan"))
    var amount: String

    @Option(help: "Where the bill was paid: hospital (定点医疗机构) or pharmacy (定点零售药店).")
    var use: Use

    @Option(help: ArgumentHelp("The hospital's or pharmacy's settlement number (结算单号).", valueName: "number"))
    var bill: String

    @Option(help: ArgumentHelp("The bill's date, YYYY-MM-DD (default: today in China).", valueName: "date"))
    var date: String?

    func run() throws {
        let now = Date()
        let money = try MoneyCommandSupport.amount(amount, option: "--amount")
        let day = try MoneyCommandSupport.date(date, option: "--date", now: now)
        guard !bill.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--bill takes the bill's number") }
        let memberID: ResidentID
        do {
            memberID = try ResidentID.parse(member, today: CivilDate(now))
        } catch {
            throw ValidationError("--member is not a valid ID number: \(error)")
        }
        let profile: PolicyProfile
        do {
            profile = try policyOptions.source.load()
        } catch {
            throw MoneyCommandSupport.failure(error)
        }
        let entered = Bill(number: bill, member: memberID, amount: money, use: use.sharedUse, date: day)
        try OperatorCommand.supervising(storeOptions, acting) { database, supervisor in
            let settlement: Settlement
            do {
                settlement = try database.settle(entered, profile: profile, recordedBy: supervisor, now: now)
            } catch {
                throw MoneyCommandSupport.failure(error)
            }
            print(Self.report(settlement), terminator: "")
        }
    }

    /// What the settlement took from whom, one line each.
    static func report(_ settlement: Settlement) -> String {
        let bill = settlement.bill
        var lines = ["settled bill \(bill.number) of \(bill.member.masked) on \(bill.date): \(bill.amount.yuanText) yuan"]
        lines.append("  own account  \(settlement.ownAccountPaid.yuanText)")
        lines += settlement.sharerPayments.map(MoneyCommandSupport.sharerLine)
        lines += settlement.passedOver.map { "  sharer \($0.sharer.masked)  0.00 (passed over: \($0.reason.rawValue))" }
        lines.append("  cash  \(settlement.cash.yuanText)")
        return lines.joined(separator: "\n") + "\n"
    }
}
