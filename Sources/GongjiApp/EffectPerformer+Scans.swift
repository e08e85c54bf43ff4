import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The effects of scanning proofs: the inbox read and emptied, a file checked by its content and
/// kept under its SHA-256, the scans of an abandoned session deleted. File names, like
/// everything personal, stay out of the log.
extension EffectPerformer {
    func listScanInbox() -> Event {
        guard let scans else { return .scanInboxListed([]) }
        do {
            return .scanInboxListed(try scans.inbox.files())
        } catch {
            logger.error("the scanner's inbox could not be read: \(error)")
            return failed(error)
        }
    }

    func attachScan(_ file: InboxFile) -> Event {
        guard let scans else { return .scanRefused(file, .gone) }
        do throws(ScanRefusal) {
            let (content, size) = try scans.inbox.read(file)
            let format = try ScanCheck.check(content, size: size)
            let sha256: String
            do { sha256 = try scans.documents.keep(content, format: format) } catch {
                logger.error("a scan could not be kept in the document folder: \(error)")
                throw .unreadable
            }
            logger.info("scan kept", metadata: ["format": "\(format.rawValue)", "bytes": "\(size)"])
            return .scanAttached(AttachedScan(file: InboxFile(name: file.name, bytes: size), format: format, sha256: sha256))
        } catch {
            logger.info("scan refused", metadata: ["reason": "\(error)"])
            return .scanRefused(file, error)
        }
    }

    /// A sample scan dropped into the inbox, on a demo store only.
    func makeDemoScan(_ kind: ProofKind, now: Date) -> Event {
        guard let scans, (try? database.installation()?.isDemo) == true else { return .serviceFailed }
        do {
            try scans.inbox.drop(DemoScan.pdf(for: kind), named: DemoScan.fileName(for: kind, at: now))
        } catch {
            logger.error("a demo scan could not be made: \(error)")
            return failed(error)
        }
        return listScanInbox()
    }

    func clearScanInbox() {
        guard let scans else { return }
        do {
            let removed = try scans.inbox.removeAll()
            if removed > 0 { logger.info("scanner inbox emptied", metadata: ["files": "\(removed)"]) }
        } catch {
            logger.error("the scanner's inbox could not be emptied: \(error)")
        }
    }

    /// Deletes the scans of a finished session that no proof refers to.
    func discardScans(_ digests: [String]) {
        guard let scans else { return }
        var discarded = 0
        for sha256 in digests {
            do {
                guard try !database.isScanReferenced(sha256: sha256) else { continue }
                try scans.documents.remove(sha256)
                discarded += 1
            } catch {
                logger.error("an unsubmitted scan could not be deleted: \(error)")
            }
        }
        if discarded > 0 { logger.info("unsubmitted scans deleted", metadata: ["count": "\(discarded)"]) }
    }

    /// Every scan these proofs refer to is in the document folder (a proof must never point at
    /// nothing).
    func scansArePresent(_ proofs: [SubmittedProof]) -> Bool {
        let digests = proofs.compactMap(\.scanSHA256)
        guard !digests.isEmpty else { return true }
        guard let scans else { return false }
        return digests.allSatisfy(scans.documents.contains)
    }
}
