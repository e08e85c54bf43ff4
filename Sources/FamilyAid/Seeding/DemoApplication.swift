import Foundation

/// One seeded application, as a store keeps it: its number and history, when it was made and
/// last changed, the quota asked for, the proof handed in, and for an approved member
/// the relationship begun with its quota set aside (and given back, where it since ended).
public struct DemoApplication: Sendable {
    public var number: ApplicationNumber
    public var application: SharingApplication
    public var createdAt: Date
    public var updatedAt: Date
    /// The quota asked for (every use allowed, first in the payment order).
    public var quota: Money
    public var proof: (kind: ProofKind, documentNumber: String)?
    public var relationship: DemoRelationship?
}

/// A relationship an approval began, with the ledger's side of it.
public struct DemoRelationship: Sendable {
    public var relationship: SharingRelationship
    public var assignment: QuotaAssignment
    public var returned: QuotaReturn?
}

/// A step of seeding: the families or the applications of one write transaction, and the sharers'
/// accounts as the applications left them.
public struct DemoDataBatch: Sendable {
    public var families: [DemoFamily] = []
    public var applications: [DemoApplication] = []
    public var accounts: [PersonalAccount] = []
}
