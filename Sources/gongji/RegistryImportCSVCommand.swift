import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// `gongji registry import-csv FILE`: a bureau's first load of its registry, from a plain CSV
/// file, in a supervisor's name.
struct RegistryImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-csv",
        abstract: "Add or update insured persons from a CSV file; bad rows are reported by line and skipped.",
        discussion: """
        The first line names the columns, in any order:

          id_number                 18 characters; X in either case (required)
          name                      as on the ID card, middle dots allowed (required)
          insurance_kind            employee, resident or none (required)
          insurance_status          active, suspended or frozen (required)
          region_code               the 6-digit pooling-region code (required)
          balance_fen               the personal account, in whole fen (required)
          carried_over_balance_fen  its part from earlier years, in fen (default 0)
          mobile                    11 digits, +86 allowed (default none)

        UTF-8 with or without a byte-order mark, CRLF or LF line ends, values quoted as in \
        RFC 4180 where they hold a comma or a quote. Full-width digits count as digits; blank \
        lines are skipped. Every row is checked completely before anything is written: a bad row \
        is reported with its line and the reason, and skipped; an ID number the store knows has \
        every field replaced by the row's (a left-out column sets its default), a new one is \
        added; a card PIN is never touched. An ID number repeated in the file is taken from its \
        first row and refused on the later ones.

        Rows are written 10,000 to a transaction, each journaled with its counts (never who), so \
        kiosks on the same store keep working; progress is shown on standard error. The exit \
        status is 1 when any row was refused or the import stopped early. Requires a \
        supervisor: the password is read from GONGJI_OPERATOR_PASSWORD, or asked at the terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions
    @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String
    @Argument(help: ArgumentHelp("The CSV file.", valueName: "file")) var file: String

    func run() throws {
        var summary: RegistryImportSummary?
        var stopped: (any Error)?
        try OperatorCommand.reporting {
            let records: RegistryCSVRecords
            let header: RegistryCSVHeader
            do {
                records = try RegistryCSVRecords(path: file)
                header = try RegistryImport.header(of: records)
            } catch {
                throw CommandFailure(message: "\(file): \(error)")
            }
            let database = try OperatorCommand.open(storeOptions)
            let acting = try OperatorCommand.authenticated(supervisor, for: .maintainRegistry, in: database)
            let now = Date()
            let progress = ImportProgressLine(totalBytes: Self.size(of: file))
            let registryImport = RegistryImport(database: database, acting: acting, today: CivilDate(now), now: now)
            do throws(RegistryImportInterrupted) {
                summary = try registryImport.run(
                    records, header: header,
                    refused: { refusal in
                        progress.clear()
                        print(refusal)
                    },
                    progress: progress.update)
            } catch {
                summary = error.summary
                stopped = error.cause
            }
            progress.clear()
        }
        guard let summary else { return }
        print(Self.summaryLine(summary, stopped: stopped != nil))
        if summary.intoDemoStore {
            print("this is the demo store: what was imported sits among its fictional residents")
        }
        if let stopped {
            throw CommandFailure(message: "\(file): the import stopped: \(Self.words(stopped)); the rows before were imported")
        }
        if summary.refused > 0 { throw ExitCode.failure }
    }

    /// "read 5 rows: 3 inserted, 1 updated, 1 refused".
    static func summaryLine(_ summary: RegistryImportSummary, stopped: Bool) -> String {
        "read \(summary.rowsRead) row\(summary.rowsRead == 1 ? "" : "s")\(stopped ? " before stopping" : ""): "
            + "\(summary.inserted) inserted, \(summary.updated) updated, \(summary.refused) refused"
    }

    private static func words(_ error: any Error) -> String {
        switch error {
        case let error as RegistryCSVReadError: error.description
        case let error as KioskStoreError: error.errorDescription ?? "\(error)"
        case let error as OperatorError: error.description
        default: "\(error)"
        }
    }

    private static func size(of path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
    }
}
