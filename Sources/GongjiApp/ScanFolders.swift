import Foundation

/// Where a kiosk with a scanner finds its files and keeps the ones handed in.
public struct ScanFolders: Sendable {
    public let inbox: ScanInbox
    public let documents: DocumentFolder

    public init(inbox: ScanInbox, documents: DocumentFolder) {
        self.inbox = inbox
        self.documents = documents
    }

    /// The folders of a kiosk whose store lives in `storeFolder`: the scanner's inbox at
    /// `inboxPath`, or for a demo store its own `demo-scan-inbox`; the documents beside the store.
    /// Nil where the kiosk has no scanner. The inbox is emptied: what a kiosk that stopped left
    /// there belongs to nobody now.
    public static func prepare(inboxPath: String?, isDemo: Bool, storeFolder: URL) throws -> ScanFolders? {
        guard let inbox = inboxPath.map({ URL(fileURLWithPath: $0) })
            ?? (isDemo ? storeFolder.appendingPathComponent("demo-scan-inbox") : nil) else { return nil }
        let folders = ScanFolders(inbox: ScanInbox(directory: inbox), documents: DocumentFolder(directory: storeFolder.appendingPathComponent("documents")))
        try folders.inbox.prepare()
        try folders.inbox.removeAll()
        return folders
    }
}
