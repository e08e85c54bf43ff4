import ArgumentParser
import FamilyAid
import Foundation
import GongjiApp
import KioskStore

/// `gongji operator`: the people who work a counter's commands. Every subcommand but `init`
/// acts in the name of a supervisor, whose password is asked each time.
struct OperatorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operator",
        abstract: "Manage the operators: intake clerks, reviewers, supervisors.",
        discussion: """
        The acting operator's password is read from GONGJI_OPERATOR_PASSWORD, a new password from \
        GONGJI_NEW_PASSWORD; either is asked at the terminal with echo off when not set. Passwords \
        are kept only as salted scrypt hashes; five wrong ones in a row lock an operator until a \
        supervisor resets it. Every change is journaled with the operators' IDs.
        """,
        subcommands: [Init.self, Add.self, Disable.self, Reset.self, List.self]
    )

    /// The store an operator command works on; it must exist already, except for the demo store.
    static func open(_ options: StoreOptions) throws -> KioskDatabase {
        try MoneyCommandSupport.openStore(options, now: Date())
    }

    /// The store being installed: made (with its origin) where it does not exist yet.
    static func install(_ options: StoreOptions) throws -> KioskDatabase {
        let dataDirectory = DataDirectory.url(environment: ProcessInfo.processInfo.environment)
        try DataDirectory.prepare(dataDirectory)
        let kiosk = KioskOptions(storePath: options.store, demoStore: options.demoStore, screensPath: nil, settings: .init())
        return try StoreOpener.open(kiosk, dataDirectory: dataDirectory, now: Date())
    }

    /// The supervisor named by `--as`, authenticated.
    static func supervisor(_ id: String, in database: KioskDatabase) throws -> AuthenticatedOperator {
        try authenticated(id, for: .administer, in: database)
    }

    /// The operator named by `--as`, authenticated, whose role allows `duty`.
    static func authenticated(_ id: String, for duty: OperatorDuty, in database: KioskDatabase) throws -> AuthenticatedOperator {
        let password = try PasswordInput.read("password of \(id)", from: "GONGJI_OPERATOR_PASSWORD")
        let acting = try database.authenticateOperator(id, password: password, now: Date())
        try acting.require(duty)
        return acting
    }

    static func newPassword(for id: String) throws -> String {
        try PasswordInput.read("new password for \(id)", from: "GONGJI_NEW_PASSWORD", confirm: true)
    }

    /// Runs `body`, every failure one line on standard error.
    static func reporting(_ body: () throws -> Void) throws {
        do { try body() } catch let failure as CommandFailure { throw failure } catch { throw CommandFailure(error) }
    }

    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create the store's first supervisor (once, at installation).")
        @OptionGroup var storeOptions: StoreOptions
        @Option(help: ArgumentHelp("The supervisor's operator ID.", valueName: "id")) var id: String

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.install(storeOptions)
                try database.initializeOperators(supervisor: id, password: try OperatorCommand.newPassword(for: id), now: Date())
                print("supervisor \(id) created")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an operator.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp("The new operator's ID.", valueName: "id")) var id: String
        @Option(help: ArgumentHelp("intake, reviewer or supervisor.", valueName: "role")) var role: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

        func validate() throws {
            guard OperatorRole(rawValue: role) != nil else { throw ValidationError("--role takes intake, reviewer or supervisor") }
        }

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.open(storeOptions)
                let acting = try OperatorCommand.supervisor(supervisor, in: database)
                try database.addOperator(id, role: OperatorRole(rawValue: role)!, password: try OperatorCommand.newPassword(for: id), by: acting, now: Date())
                print("operator \(id) added as \(role)")
            }
        }
    }

    struct Disable: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an operator; their past work stays theirs.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp("The operator to disable.", valueName: "id")) var id: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.open(storeOptions)
                try database.disableOperator(id, by: try OperatorCommand.supervisor(supervisor, in: database), now: Date())
                print("operator \(id) disabled")
            }
        }
    }

    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an operator a new password, lifting a lock or a disabling.")
        @OptionGroup var storeOptions: StoreOptions
        @Argument(help: ArgumentHelp("The operator to reset.", valueName: "id")) var id: String
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.open(storeOptions)
                let acting = try OperatorCommand.supervisor(supervisor, in: database)
                try database.resetOperator(id, password: try OperatorCommand.newPassword(for: id), by: acting, now: Date())
                print("operator \(id) has a new password")
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the operators with their roles and whether they are locked or disabled.")
        @OptionGroup var storeOptions: StoreOptions
        @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String

        func run() throws {
            try OperatorCommand.reporting {
                let database = try OperatorCommand.open(storeOptions)
                _ = try OperatorCommand.supervisor(supervisor, in: database)
                for account in try database.operators() {
                    let flags = [account.isLocked ? "locked" : nil, account.isDisabled ? "disabled" : nil].compactMap { $0 }
                    print("\(account.id)  \(account.role.rawValue)  since \(CivilDate(account.createdAt))"
                        + (flags.isEmpty ? "" : "  (\(flags.joined(separator: ", ")))"))
                }
            }
        }
    }
}
