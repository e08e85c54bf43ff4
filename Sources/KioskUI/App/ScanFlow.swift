import FamilyAid

/// Scanning a proof's document, at a kiosk with a scanner: the inbox read, a file chosen,
/// checked and kept, or refused in words; and the inbox emptied when a session begins and ends.
/// The scan screen reads keys and draws; the scans in the proof draft change only here.
enum ScanFlow {
    /// At most this many files are offered, the newest first, so one digit still chooses each.
    static let filesShown = 6

    /// After a document's number: its scan, with the inbox read afresh.
    static func open(_ state: inout AppState) -> [Effect] {
        state.session.activeProofs.inbox = ScanInboxView()
        state.session.activeProofs.inbox.working = true
        ScreenRouter.go(to: .proofScan, &state)
        return [.listScanInbox]
    }

    /// Read the inbox again (the resident has just scanned).
    static func refresh(_ state: inout AppState) -> [Effect] {
        state.session.activeProofs.inbox.working = true
        state.session.activeProofs.inbox.notice = nil
        return [.listScanInbox]
    }

    static func listed(_ files: [InboxFile], _ state: inout AppState) {
        guard state.session.person != nil, state.screen == .proofScan else { return }
        state.session.activeProofs.inbox.files = Array(files.prefix(filesShown))
        state.session.activeProofs.inbox.working = false
    }

    /// The scan of the document on screen, if one is attached.
    static func attachedScan(_ state: AppState) -> AttachedScan? {
        guard let (member, kind, _) = ProofFlow.currentDocument(state) else { return nil }
        return state.session.activeProofs.scans[member.id]?[kind]
    }

    static func attach(_ file: InboxFile, _ state: inout AppState) -> [Effect] {
        guard !state.session.activeProofs.inbox.working else { return [] }
        state.session.activeProofs.inbox.working = true
        state.session.activeProofs.inbox.notice = nil
        return [.attachScan(file)]
    }

    static func attached(_ scan: AttachedScan, _ state: inout AppState) {
        guard state.session.person != nil else { return }
        // Kept in the document folder now: remembered so that the end of the session can tidy it.
        state.session.keptScans.insert(scan.sha256)
        guard state.session.activeProofs.inbox.working, let (member, kind, _) = ProofFlow.currentDocument(state) else { return }
        state.session.activeProofs.scans[member.id, default: [:]][kind] = scan
        state.session.activeProofs.inbox.working = false
        state.session.activeProofs.inbox.notice = .attached
    }

    /// Said in words; the inbox is read again, since the file may have gone or changed.
    static func refused(_ file: InboxFile, _ refusal: ScanRefusal, _ state: inout AppState) -> [Effect] {
        guard state.session.person != nil, state.session.activeProofs.inbox.working, state.screen == .proofScan else { return [] }
        state.session.activeProofs.inbox.notice = .refused(file, refusal)
        return [.listScanInbox]
    }

    static func remove(_ state: inout AppState) {
        guard let (member, kind, _) = ProofFlow.currentDocument(state) else { return }
        state.session.activeProofs.scans[member.id]?[kind] = nil
        state.session.activeProofs.inbox.notice = .removed
    }

    /// Demo store only: a sample scan of the document on screen arrives in the inbox.
    static func makeDemoScan(_ state: inout AppState) -> [Effect] {
        guard state.isDemoStore, !state.session.activeProofs.inbox.working,
              let (_, kind, _) = ProofFlow.currentDocument(state) else { return [] }
        state.session.activeProofs.inbox.working = true
        state.session.activeProofs.inbox.notice = nil
        return [.makeDemoScan(kind)]
    }

    static func serviceFailed(_ state: inout AppState) {
        guard state.session.activeProofs.inbox.working else { return }
        state.session.activeProofs.inbox.working = false
        state.session.activeProofs.inbox.notice = .serviceUnavailable
    }

    /// A session begins: whatever lies in the inbox was scanned before it, by someone else.
    static func startOfSession(_ state: AppState) -> [Effect] {
        state.settings.scansDocuments ? [.clearScanInbox] : []
    }

    /// A session ends: the inbox emptied, and the scans no submitted proof refers to deleted.
    static func endOfSession(_ state: AppState) -> [Effect] {
        var effects: [Effect] = []
        if !state.session.keptScans.isEmpty { effects.append(.discardScans(state.session.keptScans.sorted())) }
        if state.settings.scansDocuments { effects.append(.clearScanInbox) }
        return effects
    }
}
