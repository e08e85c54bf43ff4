import FamilyAid
import Foundation

/// One text message owed to a resident, as the outbox keeps it: what it is about and to whom,
/// not its words. The words are rendered from `screens/messages/` when the message is handed to
/// the SMS gateway, so an office can reword a template without touching the store.
public struct OutboxMessage: Hashable, Sendable {
    /// What the message tells.
    public enum Kind: String, Sendable, CaseIterable {
        /// A member (16 or older, or the sharer's spouse where the spouse confirms) is asked to
        /// confirm an application at a kiosk or counter.
        case invitation
        /// A parent or guardian is asked to confirm for a member under 16.
        case guardianInvitation
        /// A reviewer approved a member: told to the sharer.
        case approved
        /// A reviewer rejected a member, with the reasons: told to the sharer.
        case rejected
    }

    /// Where the message is on its way to the resident's phone.
    public enum State: String, Sendable, CaseIterable {
        /// Waiting to be handed to the gateway.
        case pending
        /// In the gateway's hands, no receipt yet; handed over again, with the same ID, when no
        /// receipt comes in time.
        case handedOver
        /// The gateway's receipt says the phone received it.
        case delivered
        /// The gateway's receipt says it could not be delivered.
        case failed
        /// Nobody to send it to: the person has no mobile number on file. Kept, so the count shows
        /// who was not told.
        case noRecipient
    }

    /// `DEM001-M000001`: the origin that wrote the message and its own count, unique across
    /// installations and kept when the message is sent again.
    public let id: String
    public let kind: Kind
    public let parameters: OutboxParameters
    /// The 11 digits to send to; nil for `noRecipient`.
    public let mobile: String?
    public let language: OutboxLanguage
    public let state: State
    public let createdAt: Date
    /// The last time the message was handed to the gateway.
    public let handedOverAt: Date?
    /// How many times it was handed over.
    public let attempts: Int
    /// When the gateway says it delivered (or failed to).
    public let receiptAt: Date?
}

/// The values a message's template is filled with. People appear only masked (王*国), where the
/// text would otherwise not say whom it is about; ID numbers never.
public struct OutboxParameters: Codable, Hashable, Sendable {
    /// The application's number, e.g. `DEM001-000001-2`.
    public var number: String
    /// The member's position in the application, counted from 0 as the store does.
    public var member: Int
    /// The sharer, masked: for invitations, who asks.
    public var sharerName: String?
    /// The member, masked: for a guardian's invitation and for decisions, whom it concerns.
    public var memberName: String?
    /// The last day a confirmation counts, for invitations.
    public var confirmBy: CivilDate?
    /// The reasons of a rejection, the first the one to say first.
    public var reasons: [ReasonCode]?

    public init(
        number: String, member: Int, sharerName: String? = nil, memberName: String? = nil, confirmBy: CivilDate? = nil,
        reasons: [ReasonCode]? = nil
    ) {
        self.number = number
        self.member = member
        self.sharerName = sharerName
        self.memberName = memberName
        self.confirmBy = confirmBy
        self.reasons = reasons
    }
}

/// The language a message is written in. The store keeps it with the message so that a later
/// version can honour a resident's choice; messages are in Chinese until then.
public enum OutboxLanguage: String, Sendable, CaseIterable {
    case chinese = "zh-Hans"
    case english = "en"
}
