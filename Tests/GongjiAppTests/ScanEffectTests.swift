import FamilyAid
import Foundation
@testable import GongjiApp
import KioskStore
import KioskUI
import Logging
import Testing

/// Scanned proofs against real folders: what the inbox offers, a file checked by content and
/// kept under its SHA-256, refusals that keep nothing, the inbox emptied, unsubmitted scans
/// deleted and submitted ones kept.
@Suite("Scanned proofs: inbox and document folder")
struct ScanEffectTests {
    let directory: TemporaryDirectory
    let database: KioskDatabase
    let scans: ScanFolders
    let performer: EffectPerformer
    let now = ReplayRunner.defaultStart

    init() throws {
        directory = try TemporaryDirectory()
        database = try DemoStore.inMemory(now: now, pinCost: .fastForTests)
        scans = try #require(try ScanFolders.prepare(inboxPath: directory.path("inbox"), isDemo: false, storeFolder: directory.url))
        var performer = EffectPerformer(
            database: database, lockout: .standard, logger: Logger(label: "gongji.test") { _ in SwiftLogNoOpLogHandler() })
        performer.scans = scans
        self.performer = performer
    }

    static let pdf = DemoScan.pdf(for: .marriageCertificate)

    func drop(_ name: String, _ content: Data) throws {
        try content.write(to: scans.inbox.directory.appendingPathComponent(name))
    }

    /// Why the performer refused `file`, if it did.
    func refusal(of file: InboxFile) -> ScanRefusal? {
        guard case .scanRefused(let refused, let refusal)? = performer.perform(.attachScan(file), now: now), refused == file else { return nil }
        return refusal
    }

    func failed(_ event: Event?) -> Bool {
        if case .serviceFailed? = event { true } else { false }
    }

    func listed() -> [InboxFile] {
        guard case .scanInboxListed(let files)? = performer.perform(.listScanInbox, now: now) else { return [] }
        return files
    }

    @Test func theDemoScanIsAWholePDF() throws {
        #expect(try ScanCheck.check([UInt8](Self.pdf), size: Self.pdf.count) == .pdf)
        let text = String(decoding: Self.pdf, as: UTF8.self)
        // The cross-reference table points at each object.
        let offset = try #require(text.range(of: "2 0 obj")).lowerBound.utf16Offset(in: text)
        #expect(text.contains(String(format: "%010d 00000 n ", offset)))
    }

    @Test func onlyOrdinaryVisibleFilesAreOfferedTheNewestFirst() throws {
        try drop("older.pdf", Self.pdf)
        try FileManager.default.setAttributes([.modificationDate: now.addingTimeInterval(-60)], ofItemAtPath: directory.path("inbox/older.pdf"))
        try drop("newer.jpg", Data([0xFF, 0xD8, 0xFF, 0xD9]))
        try drop(".scanning.part", Self.pdf)
        try FileManager.default.createDirectory(atPath: directory.path("inbox/folder"), withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: directory.path("inbox/link.pdf"), withDestinationPath: directory.path("inbox/older.pdf"))
        #expect(listed().map(\.name) == ["newer.jpg", "older.pdf"])
        #expect(listed().last?.bytes == Self.pdf.count)
    }

    @Test func aGoodScanIsKeptUnderItsHashReadableByTheServiceOnly() throws {
        try drop("scan.pdf", Self.pdf)
        let file = try #require(listed().first)
        guard case .scanAttached(let scan)? = performer.perform(.attachScan(file), now: now) else {
            Issue.record("the scan was not attached")
            return
        }
        #expect(scan.format == .pdf)
        #expect(scan.sha256 == ContentHash.sha256Hex(Self.pdf))
        let kept = scans.documents.url(of: scan.sha256, format: .pdf)
        #expect(try Data(contentsOf: kept) == Self.pdf)
        let permissions = try FileManager.default.attributesOfItem(atPath: kept.path)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o640)
        // The same document again is the same file.
        guard case .scanAttached(let again)? = performer.perform(.attachScan(file), now: now) else {
            Issue.record("the scan was not attached again")
            return
        }
        #expect(again.sha256 == scan.sha256)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scans.documents.directory.path) == [kept.lastPathComponent])
    }

    @Test("What is refused keeps nothing", arguments: [
        ("empty.pdf", Data(), ScanRefusal.empty),
        ("letter.pdf", Data("这不是 PDF".utf8), .notADocument),
        ("half.pdf", Data(DemoScan.pdf(for: .householdRegister).prefix(200)), .incomplete(.pdf)),
        ("page.png", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]), .incomplete(.png)),
    ])
    func refused(name: String, content: Data, refusal: ScanRefusal) throws {
        try drop(name, content)
        let file = try #require(listed().first)
        #expect(self.refusal(of: file) == refusal)
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: scans.documents.directory.path)) ?? []
        #expect(kept.isEmpty)
    }

    @Test func aFileOverTheLimitIsRefusedWithoutBeingRead() throws {
        let path = directory.path("inbox/huge.pdf")
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(ScanCheck.maximumBytes + 1))
        try handle.close()
        let file = try #require(listed().first)
        #expect(refusal(of: file) == .tooLarge(bytes: ScanCheck.maximumBytes + 1, limit: ScanCheck.maximumBytes))
    }

    @Test func aFileThatWentOrIsALinkOrNamesAnotherFolderIsGone() throws {
        try drop("real.pdf", Self.pdf)
        try FileManager.default.createSymbolicLink(atPath: directory.path("inbox/link.pdf"), withDestinationPath: directory.path("inbox/real.pdf"))
        for name in ["missing.pdf", "link.pdf", "../inbox/real.pdf", "..", ""] {
            let file = InboxFile(name: name, bytes: 1)
            #expect(refusal(of: file) == .gone, "\(name)")
        }
    }

    @Test func theInboxIsEmptiedOfEverything() throws {
        try drop("a.pdf", Self.pdf)
        try drop(".hidden", Self.pdf)
        try FileManager.default.createDirectory(atPath: directory.path("inbox/folder"), withIntermediateDirectories: false)
        #expect(performer.perform(.clearScanInbox, now: now) == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scans.inbox.directory.path).isEmpty)
    }

    @Test func aDemoScanArrivesInTheInboxOnADemoStoreOnly() throws {
        guard case .scanInboxListed(let files)? = performer.perform(.makeDemoScan(.marriageCertificate), now: now) else {
            Issue.record("no demo scan")
            return
        }
        #expect(files.map(\.name) == [DemoScan.fileName(for: .marriageCertificate, at: now)])

        let real = try KioskDatabase.inMemory()
        _ = try real.install(originID: "REAL01", isDemo: false, now: now)
        var realPerformer = EffectPerformer(database: real, lockout: .standard, logger: Logger(label: "t") { _ in SwiftLogNoOpLogHandler() })
        realPerformer.scans = scans
        #expect(failed(realPerformer.perform(.makeDemoScan(.householdRegister), now: now)))
    }

    @Test func theScansOfAnEndedSessionAreDeletedUnlessAProofRefersToThem() throws {
        let submitted = try scans.documents.keep([UInt8](Self.pdf), format: .pdf)
        let abandoned = try scans.documents.keep([UInt8](DemoScan.pdf(for: .householdRegister)), format: .pdf)
        var submission = try SubmitEffectTests().submission()
        submission.members[0].proofs[0].scanSHA256 = submitted
        guard case .applicationSubmitted(let receipt)? = performer.perform(.submitApplication(submission), now: now) else {
            Issue.record("not submitted")
            return
        }
        let stored = try #require(try database.application(number: receipt.number))
        #expect(stored.proofs[0].first?.contentSHA256 == submitted)
        #expect(performer.perform(.discardScans([abandoned, submitted]), now: now) == nil)
        #expect(scans.documents.contains(submitted))
        #expect(!scans.documents.contains(abandoned))
    }

    @Test func anApplicationWhoseScanIsMissingIsNotStored() throws {
        var submission = try SubmitEffectTests().submission()
        submission.members[0].proofs[0].scanSHA256 = String(repeating: "cd", count: 32)
        #expect(failed(performer.perform(.submitApplication(submission), now: now)))
        let sharer = try ResidentID.parse("110105196803150118", today: CivilDate(now))
        #expect(try database.applications(asSharer: sharer).isEmpty)
    }
}
