import FamilyAid

/// The proof references chosen for each member: for every proof the engine asks (by its index
/// in the member's requirements), the set of documents the resident brings, each document's
/// number as typed and, at a kiosk with a scanner, its scan. Kept by ID number; dropped with the
/// session.
public struct ProofDraft: Hashable, Sendable {
    public var chosen: [ResidentID: [Int: Int]] = [:]
    public var numbers: [ResidentID: [ProofKind: TextField]] = [:]
    public var scans: [ResidentID: [ProofKind: AttachedScan]] = [:]
    /// At a counter, the documents whose originals the clerk has seen (原件已查验).
    public var sighted: [ResidentID: Set<ProofKind>] = [:]
    /// The scanner's inbox, as last read for the scan screen.
    public var inbox = ScanInboxView()
    /// Where the resident is: the member, the requirement, and the document on the number screen.
    public var member = 0
    public var requirement = 0
    public var document = 0
    /// Why a key typed into a document's number was not taken: the first refused character
    /// stays said while the rest is typed, and a correction or the next document clears it.
    public var numberNotice: ProofNumberNotice?

    public init() {}

    /// Documents that carry a number of their own: every kind but the letter and the bureau's check.
    public static func numbered(_ set: ProofSet) -> [ProofKind] {
        ProofKind.allCases.filter { set.contains($0) && $0 != .commitmentLetter && $0 != .registryCheck }
    }
}

/// Why a key typed into a document's number was not taken.
public enum ProofNumberNotice: Hashable, Sendable {
    /// Not a letter, a digit or "-": what is printed on the documents.
    case notAllowed(Character)
    /// The number is as long as a document's number can be.
    case full(capacity: Int)
}
