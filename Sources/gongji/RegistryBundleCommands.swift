import ArgumentParser
import Foundation
import GongjiApp
import KioskStore

/// `gongji registry export`: the central office's registry as a signed bundle for its counters
/// and kiosks.
struct RegistryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the registry, the relationships and the decisions made here as a signed bundle.",
        discussion: """
        Run at the central office. The bundle holds every insured person with their balance and \
        card-PIN hash (never a PIN), every sharing relationship, and the applications of other \
        installations as decided here; a counter or kiosk takes it with gongji registry import. \
        The supervisor's password is read from GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var acting: SupervisorOptions
    @Option(help: ArgumentHelp("The bundle file to write.", valueName: "file")) var to: String

    func run() throws {
        try OperatorCommand.supervising(storeOptions, acting, for: .maintainRegistry) { database, _ in
            let summary = try RegistryBundle.write(from: database, to: to, now: Date())
            print("exported the registry: \(summary.people) people, \(summary.relationships) relationship(s) to \(to)")
            print("bundle sha256 \(summary.sha256)")
        }
    }
}

/// `gongji registry import`: takes the central office's registry bundle at a counter or kiosk.
struct RegistryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Take the central office's signed registry bundle.",
        discussion: """
        The bundle must be signed by the key registered for the central office (gongji trust) and \
        newer than the last one taken. People and balances are updated, the relationships bound \
        elsewhere are seen by this store's checks, and this installation's applications take the \
        decisions made centrally; a member decided both here and centrally keeps this store's \
        decision and is flagged for review. The supervisor's password is read from \
        GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var acting: SupervisorOptions
    @Argument(help: ArgumentHelp("The registry bundle file.", valueName: "bundle")) var bundle: String

    func run() throws {
        try OperatorCommand.supervising(storeOptions, acting, for: .maintainRegistry) { database, supervisor in
            let outcome = try RegistryBundle.apply(bundle, to: database, by: supervisor, now: Date())
            print("took the registry: \(outcome.people) people, \(outcome.relationships) relationship(s), "
                + "\(outcome.applicationsUpdated) of this installation's application(s) moved on, "
                + "\(outcome.accountChangesKept) account change(s) made here that the central office has not imported yet kept on top of the balances")
            for conflict in outcome.conflicts {
                print("flagged for review: \(conflict.number) member \(conflict.memberPosition + 1): decided here and centrally")
            }
        }
    }
}
