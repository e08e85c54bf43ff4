import FamilyAid

/// A row of a registry file that was not imported, and why: reported to the operator, who
/// corrects the file and imports it again.
public struct RegistryRefusal: Hashable, Sendable {
    /// The physical line the row starts on.
    public var line: Int
    public var reason: Reason

    public init(line: Int, reason: Reason) {
        self.line = line
        self.reason = reason
    }

    public enum Reason: Error, Hashable, Sendable {
        /// The row has a different number of values than the header has columns.
        case valueCount(found: Int, expected: Int)
        /// A value holds a line break; `runsToEnd` when the row is the file's last, which is what
        /// a missing closing quote makes of the rest of a file.
        case lineBreak(runsToEnd: Bool)
        case entry(RegistryEntryProblem)
        /// The same ID number as the row imported from `firstLine`: the first one is kept.
        case repeatedIDNumber(firstLine: Int)
    }
}
