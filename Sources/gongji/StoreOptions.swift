import ArgumentParser

/// The options every command that opens a store shares.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The store file (SQLite).", valueName: "path"))
    var store: String?

    @Flag(name: .customLong("demo-store"), help: "Use the demo store with fictional residents, creating it on first use.")
    var demoStore = false
}
