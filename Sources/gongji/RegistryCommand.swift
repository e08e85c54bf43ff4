import ArgumentParser

/// `gongji registry`: the insured-person registry that a store's kiosks and counters check
/// residents against, loaded from the bureau's files.
struct RegistryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Load the insured-person registry into the store, or pass it between the central office and its counters.",
        subcommands: [RegistryImportCSVCommand.self, RegistryExportCommand.self, RegistryImportCommand.self]
    )
}
