/// What an import did, counted over every batch written.
public struct RegistryImportSummary: Hashable, Sendable {
    /// Rows after the header, blank lines not counted.
    public var rowsRead = 0
    public var inserted = 0
    public var updated = 0
    public var refused = 0
    /// Write transactions, each with its journal event.
    public var batches = 0
    /// Whether the store was the demo store, whose residents are fictional.
    public var intoDemoStore = false

    public init() {}
}

/// An import that stopped before the end of its file, with what had been saved by then (every
/// batch before the failing one) and why it stopped.
public struct RegistryImportInterrupted: Error {
    public var summary: RegistryImportSummary
    public var cause: any Error
}
