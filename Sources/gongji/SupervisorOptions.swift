import ArgumentParser
import FamilyAid
import KioskStore

/// `--as`: the supervisor an administrative command acts as, whose password is read from
/// GONGJI_OPERATOR_PASSWORD or asked at the terminal.
struct SupervisorOptions: ParsableArguments {
    @Option(name: .customLong("as"), help: ArgumentHelp("The supervisor acting.", valueName: "supervisor")) var supervisor: String
}

extension OperatorCommand {
    /// Opens the store, authenticates the supervisor for `duty`, and runs `body` with both; every
    /// failure is one line on standard error.
    static func supervising(
        _ store: StoreOptions, _ acting: SupervisorOptions, for duty: OperatorDuty = .administer,
        _ body: (KioskDatabase, OperatorID) throws -> Void
    ) throws {
        try reporting {
            let database = try open(store)
            let supervisor = try authenticated(acting.supervisor, for: duty, in: database)
            try body(database, try supervisor.operatorID)
        }
    }
}
