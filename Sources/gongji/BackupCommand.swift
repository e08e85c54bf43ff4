import ArgumentParser
import Foundation
import GongjiApp
import KioskStore

/// `gongji backup`: a copy of the store, taken while the kiosk runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the store to a new file while the kiosk keeps running, and check the copy.",
        discussion: """
        Uses SQLite's online backup, so kiosks and counters on the same store go on working. The \
        copy's journal is verified; a file that exists already is never replaced. To restore: stop \
        every gongji program using the store, put the copy in its place (removing the store's -wal \
        and -shm files), and start again. A copy holds everything the store does, so only a \
        supervisor takes one; the password is read from GONGJI_OPERATOR_PASSWORD, or asked at the \
        terminal.
        """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

    @Argument(help: ArgumentHelp("Where the copy goes (a new file).", valueName: "path"))
    var path: String

    func run() throws {
        do {
            let database = try MoneyCommandSupport.openStore(storeOptions, now: Date())
            _ = try OperatorCommand.supervisor(supervisor, in: database)
            switch try database.backup(to: path) {
            case .ok(let origins, let events):
                print("backed up to \(path): ok, \(events) events in \(origins) origin\(origins == 1 ? "" : "s")")
            case .broken(let origin, let sequence, let reason):
                print("backed up to \(path), but its journal is broken: origin \(origin), event \(sequence): \(reason)")
                throw ExitCode.failure
            }
        } catch let exit as ExitCode {
            throw exit
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(error)
        }
    }
}
