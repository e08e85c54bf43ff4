import ArgumentParser
import GongjiApp

/// The options every command that opens a store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file (SQLite).", valueName: "path"))
    var store: String?

    @Flag(name: .customLong("demo-store"), help: "Use the demo store with fictional residents, creating it on first use.")
    var demoStore = false

    @Option(name: .customLong("demo-origin"), help: ArgumentHelp(
        "With --demo-store and --store: the origin of a new demo store (DEM and three digits; DEM001 by default), e.g. a demo central office.",
        valueName: "origin"))
    var demoOrigin: String?

    func validate() throws {
        if let demoOrigin {
            guard demoStore, store != nil else { throw ValidationError("--demo-origin goes with --demo-store and --store PATH") }
            guard DemoStore.isDemoOrigin(demoOrigin) else { throw ValidationError("a demo origin is DEM and three digits, e.g. DEM009") }
        }
    }
}
