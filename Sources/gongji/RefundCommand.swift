import ArgumentParser
import FamilyAid
import Foundation
import KioskStore

/// Records a refund (退费) of a settled bill, given back by the route the money came.
struct RefundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund",
        abstract: "Record a refund of a settled bill.",
        discussion: """
        The amount goes back by the route it came: cash first, then the sharers (last payer first; \
        into the quota while the relationship holds one, otherwise into the account), then the \
        member's own account. Prints where it went; sharers' ID numbers are masked. Journaled with \
        the supervisor who recorded it, whose password is read from GONGJI_OPERATOR_PASSWORD, or \
        asked at the terminal. Example: gongji refund --demo-store --as demo-supervisor \
        --bill H-2026-0001 --amount 200 --refund R-0001 --date 2026-11-27
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @OptionGroup var acting: SupervisorOptions

    @Option(help: ArgumentHelp("The settled bill's number.", valueName: "number"))
    var bill: String

    @Option(help: ArgumentHelp("The amount refunded in yuan (元).", valueName: "yuan"))
    var amount: String

    @Option(help: ArgumentHelp("The refund's own number (退费单号).", valueName: "number"))
    var refund: String

    @Option(help: ArgumentHelp("The refund's date, YYYY-MM-DD (default: today in China).", valueName: "date"))
    var date: String?

    func run() throws {
        let now = Date()
        let money = try MoneyCommandSupport.amount(amount, option: "--amount")
        let day = try MoneyCommandSupport.date(date, option: "--date", now: now)
        guard !refund.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--refund takes the refund's number") }
        try OperatorCommand.supervising(storeOptions, acting) { database, supervisor in
            let made: SettlementRefund
            do {
                made = try database.refund(bill: bill, amount: money, refundNumber: refund, date: day, recordedBy: supervisor, now: now)
            } catch {
                throw MoneyCommandSupport.failure(error)
            }
            print(Self.report(made), terminator: "")
        }
    }

    /// Where the refund went, one line each, in the order given back.
    static func report(_ refund: SettlementRefund) -> String {
        var lines = ["refunded \(refund.number) of bill \(refund.billNumber) on \(refund.date): \(refund.amount.yuanText) yuan"]
        lines.append("  cash  \(refund.toCash.yuanText)")
        lines += refund.toSharers.map(MoneyCommandSupport.sharerLine)
        lines.append("  own account  \(refund.toOwnAccount.total.yuanText)")
        return lines.joined(separator: "\n") + "\n"
    }
}
