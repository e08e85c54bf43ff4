import Foundation

/// Why a batch was refused whole: nothing of it was applied. Each says what is wrong and what to
/// do, for the operator at the central office (or at a counter).
public enum ExchangeRefusal: Error, Equatable, Sendable {
    /// The batch is this installation's own.
    case ownOrigin(String)
    /// A demo store's batch for a real store, or the other way round.
    case demoMismatch(batchIsDemo: Bool)
    /// Events are missing between what was imported before and this batch.
    case gap(origin: String, expected: Int64, found: Int64)
    /// The events are not one unbroken chain, or one does not match its hash.
    case eventAltered(origin: String, sequence: Int64)
    /// An event already imported arrives with other contents.
    case differsFromImported(origin: String, sequence: Int64)
    /// An application that the origin could not have issued, or whose rows do not agree.
    case malformedApplication(String)
    /// An application held here under the same number is another application.
    case anotherApplication(String)
    /// A payment that no event of the bundle records as such.
    case malformedPayment(sequence: Int64)
    /// Another export recorded the same events first.
    case exportedMeanwhile
    /// A registry snapshot no newer than one imported before.
    case olderRegistry(origin: String)
}

extension ExchangeRefusal: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .ownOrigin(let origin):
            "This bundle comes from \(origin), this installation itself; bundles go to another installation."
        case .demoMismatch(let batchIsDemo):
            batchIsDemo
                ? "This bundle comes from a demo store and holds fictional people; it can only go to a demo store."
                : "This bundle comes from a real installation; a demo store never takes real people's data."
        case .gap(let origin, let expected, let found):
            "Events of \(origin) are missing: this store has them up to \(expected - 1), the bundle starts at \(found). "
                + "Import the bundles made before it first, or ask \(origin) for a new export from event \(expected)."
        case .eventAltered(let origin, let sequence):
            "Event \(sequence) of \(origin) in this bundle was altered or is out of order; the bundle was refused. Ask for a new export."
        case .differsFromImported(let origin, let sequence):
            "Event \(sequence) of \(origin) differs from the one imported before; the bundle was refused. "
                + "Report it: the two cannot both be real."
        case .malformedApplication(let number):
            "Application \(number) in this bundle is malformed or not the origin's own; the bundle was refused."
        case .anotherApplication(let number):
            "Application \(number) in this bundle is not the application held here under that number; the bundle was refused."
        case .malformedPayment(let sequence):
            "A payment in this bundle does not match its event \(sequence); the bundle was refused. Ask for a new export."
        case .exportedMeanwhile:
            "Another export recorded these events first; nothing was marked. Run the export again for what is left."
        case .olderRegistry(let origin):
            "This registry from \(origin) is not newer than the one imported before; nothing was changed."
        }
    }
}
