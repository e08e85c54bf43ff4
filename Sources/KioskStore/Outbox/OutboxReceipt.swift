import Foundation

/// One line of the gateway's delivery receipts: which message, what became of it, and when.
public struct OutboxReceipt: Hashable, Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case delivered
        case failed
    }

    public var messageID: String
    public var status: Status
    /// The gateway's time of delivery or failure; nil when it gave none.
    public var at: Date?
    /// Where the receipt stands in the gateway's file, for reporting.
    public var line: Int

    public init(messageID: String, status: Status, at: Date?, line: Int) {
        self.messageID = messageID
        self.status = status
        self.at = at
        self.line = line
    }
}

/// What taking in a file of receipts did: how many messages changed, how many receipts said
/// again what the store knew (a file taken twice changes nothing), and which receipts could not
/// be applied, by line.
public struct OutboxAcknowledgement: Hashable, Sendable {
    /// A receipt that could not be applied: where it stands in the file, and the ID it named.
    public struct Refused: Hashable, Sendable {
        public var line: Int
        public var messageID: String

        public init(line: Int, messageID: String) {
            self.line = line
            self.messageID = messageID
        }
    }

    public var delivered = 0
    public var failed = 0
    /// Receipts that repeat what is recorded already, or report a failure of a message recorded
    /// as delivered (a delivery stands).
    public var unchanged = 0
    /// Receipts naming a message this store does not have.
    public var unknown: [Refused] = []
    /// Receipts for a message never handed over (pending, or with no recipient).
    public var notHandedOver: [Refused] = []

    public init() {}

    /// How many messages the receipts moved on.
    public var changed: Int { delivered + failed }
}
