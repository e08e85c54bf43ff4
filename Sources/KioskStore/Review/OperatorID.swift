import FamilyAid

/// Who decided, as the journal names them: an operator's account name such as `demo-reviewer`.
/// It starts with a letter and holds only lower-case ASCII letters, digits, `-`, `_` and `.`, so
/// it can never be a person's name or an ID number, and the journal may carry it in clear.
public struct OperatorID: Hashable, Sendable, CustomStringConvertible {
    public static let maximumLength = OperatorCredentials.idLength.upperBound

    public let text: String

    /// The operator ID `text`, or `notAnOperatorID` (the text itself is not repeated: it may be
    /// something personal typed in the wrong place).
    public init(_ text: String) throws(KioskStoreError) {
        guard OperatorCredentials.isValidID(text) else { throw .notAnOperatorID }
        self.text = text
    }

    public var description: String { text }
}
