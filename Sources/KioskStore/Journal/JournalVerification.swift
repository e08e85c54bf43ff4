/// What walking the journal's chains found.
public enum JournalVerification: Equatable, Sendable {
    /// Every origin's chain is whole and unaltered.
    case ok(origins: Int, events: Int)
    /// The first place where an origin's chain is broken: a missing event, an event that does not
    /// name its predecessor's hash, or an event whose contents no longer match its own hash.
    case broken(origin: String, sequence: Int64, reason: String)
}
