import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// What `settle` and `refund` share: opening the store they record into, reading amounts and
/// dates as people write them, and saying the domain's refusals in words.
enum MoneyCommandSupport {
    /// The store named by `--store`, the demo store, or the installation's own. A store that does
    /// not exist yet is refused: a bill belongs to residents already in a registry.
    static func openStore(_ options: StoreOptions, now: Date) throws -> KioskDatabase {
        let directory = DataDirectory.url(environment: ProcessInfo.processInfo.environment)
        let path = storePath(options)
        if options.demoStore {
            try DataDirectory.prepare(directory)
            return try DemoStore.open(at: path, now: now, origin: options.demoOrigin ?? DemoStore.originID)
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw CommandFailure(message: "no store at \(path)")
        }
        return try KioskDatabase.open(at: path)
    }

    /// The store file the options name.
    static func storePath(_ options: StoreOptions) -> String {
        let directory = DataDirectory.url(environment: ProcessInfo.processInfo.environment)
        return options.store ?? StoreOpener.defaultPath(demo: options.demoStore, dataDirectory: directory)
    }

    /// The scanned documents kept beside the store.
    static func documents(_ options: StoreOptions) -> DocumentFolder {
        DocumentFolder(directory: URL(fileURLWithPath: storePath(options)).deletingLastPathComponent().appendingPathComponent("documents"))
    }

    /// An amount in 元 ("500", "1,234.50"), more than zero.
    static func amount(_ text: String, option: String) throws -> Money {
        guard let money = Money(yuanText: text), money.isPositive else {
            throw ValidationError("\(option) takes an amount in yuan above 0, e.g. 500 or 1234.50")
        }
        return money
    }

    /// A date written YYYY-MM-DD, or today in China when none is given.
    static func date(_ text: String?, option: String, now: Date) throws -> CivilDate {
        guard let text else { return CivilDate(now) }
        guard let date = CivilDate(text) else { throw ValidationError("\(option) takes a date as YYYY-MM-DD, e.g. 2026-11-26") }
        return date
    }

    /// A line for one sharer's part: masked ID number, amount, and whether it was the quota.
    static func sharerLine(_ payment: SharerPayment) -> String {
        let source = switch payment.source {
        case .quota: "quota"
        case .account: "account"
        }
        return "  sharer \(payment.sharer.masked)  \(payment.amount.yuanText) (\(source))"
    }

    /// The failure to report for `error`, in words where the domain's case alone would be cryptic.
    static func failure(_ error: any Error) -> CommandFailure {
        switch error {
        case let error as SettlementError:
            switch error {
            case .amountNotPositive: CommandFailure(message: "the amount must be more than 0")
            case .notABillUse(let use): CommandFailure(message: "\(use.rawValue) is no bill; contributions are paid at the kiosk")
            default: CommandFailure(message: "the bill cannot be settled: \(error)")
            }
        case let error as RefundError:
            switch error {
            case .exceedsRefundable(let requested, let refundable):
                CommandFailure(message: "cannot refund \(requested.yuanText) yuan: only \(refundable.yuanText) yuan of the bill is left to refund")
            case .beforeBill(let billDate, let refundDate):
                CommandFailure(message: "the refund's date \(refundDate) is before the bill's date \(billDate)")
            case .refundNumberUsed(let number):
                CommandFailure(message: "refund number \(number) was already used for this bill")
            default: CommandFailure(message: "the refund cannot be made: \(error)")
            }
        case let error as KioskStoreError: CommandFailure(message: error.errorDescription ?? "\(error)")
        case let error as CommandFailure: error
        default: CommandFailure(error)
        }
    }
}
