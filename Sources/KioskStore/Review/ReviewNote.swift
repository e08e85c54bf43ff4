import Foundation

/// What a reviewer writes beside a decision, in their own words, for the next person who reads the
/// application. It may well name someone or their circumstances, so the store keeps it with the
/// member and the journal records only that one exists.
public struct ReviewNote: Hashable, Sendable, CustomStringConvertible {
    public static let maximumLength = 500

    public let text: String

    /// The note with its surrounding white space trimmed; `emptyReviewNote` or `reviewNoteTooLong`
    /// when there is nothing left or too much.
    public init(_ text: String) throws(KioskStoreError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyReviewNote }
        guard trimmed.count <= Self.maximumLength else { throw .reviewNoteTooLong(maximum: Self.maximumLength) }
        self.text = trimmed
    }

    public var description: String { text }
}
