import FamilyAid
import Foundation

/// A proof handed in for one member: the kind, the document's own number where it has one, and
/// the SHA-256 (lower-case hex) of the scanned file when one was scanned. The file itself lives in
/// the store's document folder under that hash; the store keeps only the reference.
public struct ProofReference: Hashable, Sendable, Codable {
    public var kind: ProofKind
    public var documentNumber: String?
    public var contentSHA256: String?
    /// A clerk saw the original at a counter (原件已查验); never so for a kiosk's proofs.
    public var sighted: Bool

    public init(kind: ProofKind, documentNumber: String? = nil, contentSHA256: String? = nil, sighted: Bool = false) {
        self.kind = kind
        self.documentNumber = documentNumber
        self.contentSHA256 = contentSHA256
        self.sighted = sighted
    }

    private enum CodingKeys: String, CodingKey { case kind, documentNumber, contentSHA256, sighted }

    /// References written before counters sighted originals have no `sighted`: they were not.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        kind = try container.decode(ProofKind.self, forKey: .kind)
        documentNumber = try container.decodeIfPresent(String.self, forKey: .documentNumber)
        contentSHA256 = try container.decodeIfPresent(String.self, forKey: .contentSHA256)
        sighted = try container.decodeIfPresent(Bool.self, forKey: .sighted) ?? false
    }
}

/// How a member may use the sharer's money (资金使用方式), as the sharer chose it when applying:
/// the quota to set aside (N26's 共济额度), the place among the member's sharers (支付顺位, 1 pays
/// first), and the uses allowed. The relationship begun on approval takes it over.
public struct PaymentMode: Hashable, Sendable, Codable {
    public var quota: Money?
    public var paymentRank: Int
    public var allowedUses: Set<SharedUse>

    public init(quota: Money? = nil, paymentRank: Int = 1, allowedUses: Set<SharedUse> = Set(SharedUse.allCases)) {
        self.quota = quota
        self.paymentRank = paymentRank
        self.allowedUses = allowedUses
    }
}

/// The sharer's signature under the commitment letter (承诺书): at a kiosk the letter's version
/// and content hash as shown; at a counter the paper form's number instead.
public struct CommitmentSignature: Hashable, Sendable, Codable {
    public enum Letter: Hashable, Sendable, Codable {
        /// Read to the end on screen and signed with the card PIN.
        case onScreen(version: String, contentSHA256: String)
        /// Signed on paper at a counter; the form's number.
        case paper(formNumber: String)
    }

    public var signer: ResidentID
    public var signedAt: Date
    public var channel: ApplicationChannel
    public var letter: Letter

    public init(signer: ResidentID, signedAt: Date, channel: ApplicationChannel, letter: Letter) {
        self.signer = signer
        self.signedAt = signedAt
        self.channel = channel
        self.letter = letter
    }
}

/// An application as the store keeps it: its number, the domain value with every member's
/// history, the proofs per member (in member order) and the signature.
public struct StoredApplication: Hashable, Sendable {
    public var number: ApplicationNumber
    public var application: SharingApplication
    /// `proofs[i]` are the proofs of `application.members[i]`.
    public var proofs: [[ProofReference]]
    /// `paymentModes[i]` is the payment mode asked for `application.members[i]`.
    public var paymentModes: [PaymentMode]
    public var signature: CommitmentSignature?
    public var createdAt: Date
    public var updatedAt: Date
}

/// A member of someone else's application waiting for this person's confirmation.
public struct Invitation: Hashable, Sendable {
    public var number: ApplicationNumber
    public var memberIndex: Int
    public var sharer: ResidentID
    public var member: MemberDetails
    public var pending: PendingConfirmation
    /// The party this person confirms as.
    public var party: ConfirmingParty
}
