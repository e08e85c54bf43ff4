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

    public init() {}

    /// Documents that carry a number of their own: every kind but the letter and the bureau's check.
    public static func numbered(_ set: ProofSet) -> [ProofKind] {
        ProofKind.allCases.filter { set.contains($0) && $0 != .commitmentLetter && $0 != .registryCheck }
    }
}
