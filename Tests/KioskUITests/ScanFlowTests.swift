import FamilyAid
import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// Scanning a proof's documents, through `update`, at a kiosk with a scanner: the scan screen
/// after each number, the inbox read, a file attached or refused in words, going back keeping
/// everything, the PIN pad alone, and the inbox emptied when a session begins and ends.
@Suite("Scanned proofs")
struct ScanFlowTests {
    static let scanner = KioskSettings(scansDocuments: true)
    static let marriage = InboxFile(name: "scan-0001.pdf", bytes: 245_760)
    static let photo = InboxFile(name: "IMG_0002.jpg", bytes: 3_400_000)
    static let marriageScan = AttachedScan(file: marriage, format: .pdf, sha256: String(repeating: "ab", count: 32))

    /// At a kiosk with a scanner: the letter signed, the spouse's marriage certificate chosen and
    /// its number typed: on to its scan, the inbox asked for.
    static func scanScreen(_ probe: inout KioskProbe) {
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"))
        probe.type("J110105-2000-001234")
        probe.press(.enter)
    }

    static func withFiles(_ probe: inout KioskProbe) {
        scanScreen(&probe)
        probe.send(.scanInboxListed([marriage, photo]))
    }

    static func attached(_ probe: inout KioskProbe) {
        withFiles(&probe)
        probe.press(.character("3"))
        probe.send(.scanAttached(marriageScan))
    }

    @Test func afterANumberTheScanScreenAsksForTheInbox() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.scanScreen(&probe)
        #expect(probe.screen == .proofScan)
        #expect(probe.effects.last == .listScanInbox)
        #expect(probe.frame.contains("正在查看扫描件"))
        probe.send(.scanInboxListed([]))
        #expect(probe.frame.contains("扫描仪里还没有这次办理中扫描的文件"))
    }

    @Test func aChosenFileIsCheckedThenKeptWithTheProof() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.withFiles(&probe)
        #expect(probe.frame.contains("3. 交这个文件：scan-0001.pdf（240 KB）"))
        #expect(probe.frame.contains("4. 交这个文件：IMG_0002.jpg（3.2 MB）"))
        probe.press(.character("3"))
        #expect(probe.effects.last == .attachScan(Self.marriage))
        #expect(probe.frame.contains("正在查看扫描件"))
        // Keys while the file is checked do nothing.
        probe.press(.character("1"))
        #expect(probe.screen == .proofScan)
        probe.send(.scanAttached(Self.marriageScan))
        #expect(probe.frame.contains("已交扫描件：scan-0001.pdf（PDF，240 KB）"))
        #expect(probe.state.session.keptScans == [Self.marriageScan.sha256])
        // The file handed in is no longer offered; removing it is.
        #expect(!probe.frame.contains("交这个文件：scan-0001.pdf"))
        #expect(probe.frame.contains("删除已交的扫描件"))
        probe.press(.character("1"))
        #expect(probe.frame.contains("王*明：证明亲生父母子女关系"))
        let spouse = ProofFlow.references(probe.state)[Fixtures.spouse.id]
        #expect(spouse == [SubmittedProof(kind: .marriageCertificate, documentNumber: "J110105-2000-001234", scanSHA256: Self.marriageScan.sha256)])
    }

    @Test func theSummarySaysWhichDocumentsHaveAScan() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        probe.press(.character("1"), .character("2"), .enter)
        #expect(probe.screen == .proofScan)
        probe.send(.scanInboxListed([]))
        probe.press(.character("1"))
        #expect(probe.screen == .applicationSummary)
        #expect(probe.frame.contains("结婚证 J110105-2000-001234（附扫描件）"))
        #expect(!probe.frame.contains("出生医学证明（附扫描件）"))
    }

    @Test("Each refusal is said with what to do, and the inbox is read again", arguments: [
        (ScanRefusal.empty, "是空文件"),
        (.tooLarge(bytes: 12_000_000, limit: ScanCheck.maximumBytes), "太大（11.4 MB），最多只能 10 MB"),
        (.notADocument, "不是 PDF、JPEG 或 PNG 文件"),
        (.incomplete(.jpeg), "还没有扫描完"),
        (.gone, "已经不在扫描仪里了"),
        (.unreadable, "暂时无法读取"),
    ])
    func refusals(refusal: ScanRefusal, words: String) {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.withFiles(&probe)
        probe.press(.character("4"))
        probe.send(.scanRefused(Self.photo, refusal))
        #expect(probe.effects.last == .listScanInbox)
        probe.send(.scanInboxListed([Self.marriage, Self.photo]))
        #expect(probe.frame.contains(words))
        #expect(ProofFlow.numberField(probe.state).text == "J110105-2000-001234")
        #expect(ScanFlow.attachedScan(probe.state) == nil)
    }

    @Test func anInboxThatCannotBeReadIsSaidAndTheScanMayBeSkipped() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.scanScreen(&probe)
        probe.send(.serviceFailed)
        #expect(probe.frame.contains("系统暂时无法查看扫描仪"))
        probe.press(.character("2"))
        #expect(probe.effects.last == .listScanInbox)
        probe.send(.serviceFailed)
        probe.press(.enter)
        #expect(probe.frame.contains("王*明：证明亲生父母子女关系"))
    }

    @Test func removingTheScanKeepsTheNumber() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        let menu = ProofScanScreen.menu(probe.state)
        let remove = menu.firstIndex(of: .remove)!
        probe.press(.character(Character("\(remove + 1)")))
        #expect(ScanFlow.attachedScan(probe.state) == nil)
        #expect(probe.frame.contains("已删除这份扫描件"))
        #expect(probe.frame.contains("交这个文件：scan-0001.pdf"))
        #expect(ProofFlow.numberField(probe.state).text == "J110105-2000-001234")
    }

    @Test func escGoesBackToTheNumberAndForwardFindsTheScanAgain() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        probe.press(.escape)
        #expect(probe.screen == .proofNumber)
        #expect(probe.frame.contains("J110105-2000-001234"))
        probe.press(.enter)
        probe.send(.scanInboxListed([Self.marriage]))
        #expect(probe.frame.contains("已交扫描件：scan-0001.pdf"))
        // From the next proof, Esc comes back through the scan.
        probe.press(.character("1"))
        probe.press(.escape)
        #expect(probe.screen == .proofSet)
        #expect(probe.frame.contains("李*英：证明夫妻关系"))
    }

    @Test func theLanguageKeyKeepsTheScan() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        probe.press(.function(2))
        #expect(probe.frame.contains("Scan handed in: scan-0001.pdf (PDF, 240 KB)"))
        probe.press(.function(2))
        #expect(probe.frame.contains("已交扫描件"))
    }

    @Test func theDemoStoreOffersASampleScanAndARealOneDoesNot() {
        var real = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.withFiles(&real)
        #expect(!ProofScanScreen.menu(real.state).contains(.demoScan))

        var demo = KioskProbe(Fixtures.state(demo: true, settings: Self.scanner))
        Self.withFiles(&demo)
        let menu = ProofScanScreen.menu(demo.state)
        #expect(menu.last == .demoScan)
        demo.press(.character(Character("\(menu.count)")))
        #expect(demo.effects.last == .makeDemoScan(.marriageCertificate))
    }

    @Test func fileNamesThatCouldDisguiseThemselvesAreDrawnHarmlessly() {
        let hostile = InboxFile(name: "scan\u{1B}[2J\u{202E}fdp.exe", bytes: 10)
        #expect(hostile.shownName == "scan?[2J?fdp.exe")
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.scanScreen(&probe)
        probe.send(.scanInboxListed([hostile]))
        #expect(probe.frame.contains("scan?[2J?fdp.exe"))
        #expect(!probe.frame.text.contains("\u{1B}"))
    }

    @Test func atMostSixFilesAreOfferedSoOneDigitChoosesEach() {
        var probe = KioskProbe(Fixtures.state(demo: true, settings: Self.scanner))
        Self.scanScreen(&probe)
        probe.send(.scanInboxListed((1...9).map { InboxFile(name: "scan-\($0).pdf", bytes: 1000) }))
        let menu = ProofScanScreen.menu(probe.state)
        #expect(menu.count == 9)
        #expect(menu.filter { if case .file = $0 { true } else { false } }.count == 6)
    }

    @Test func thePINPadAloneScansAndGoesOn() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.scanScreen(&probe)
        probe.send(.scanInboxListed([]))
        probe.press(.character("2"))
        probe.send(.scanInboxListed([Self.marriage]))
        probe.press(.character("3"))
        probe.send(.scanAttached(Self.marriageScan))
        probe.press(.enter)
        #expect(probe.screen == .proofSet)
    }

    @Test func withoutAScannerThereIsNoScanScreen() {
        var probe = KioskProbe()
        ScreenGoldenTests.signed(&probe)
        probe.press(.character("1"), .enter)
        #expect(probe.screen == .proofSet)
        #expect(!probe.effects.contains(.listScanInbox))
        #expect(!probe.effects.contains(.clearScanInbox))
    }

    @Test func theInboxIsEmptiedWhenASessionBeginsAndWhenItEnds() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        #expect(probe.effects.first == .clearScanInbox)
        #expect(probe.effects.filter { $0 == .clearScanInbox }.count == 1)
        probe.effects = []
        probe.press(.function(10))
        #expect(probe.effects == [.discardScans([Self.marriageScan.sha256]), .clearScanInbox, .sessionEnded(.endKey)])
        #expect(probe.state.session.keptScans.isEmpty)
    }

    @Test func walkingAwayFromTheScanScreenDiscardsTheScan() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        probe.effects = []
        probe.wait(90 + 15 + 1)
        #expect(probe.screen == .welcome)
        #expect(probe.effects == [.discardScans([Self.marriageScan.sha256]), .clearScanInbox, .sessionEnded(.idle)])
    }

    @Test func aScanKeptStaysToBeTidiedAfterTheApplicationIsSubmitted() {
        var probe = KioskProbe(Fixtures.state(settings: Self.scanner))
        Self.attached(&probe)
        probe.press(.character("1"), .character("2"), .enter)
        probe.send(.scanInboxListed([]))
        probe.press(.character("1"), .character("1"))
        guard case .submitApplication(let submission)? = probe.effects.last else {
            Issue.record("no submission")
            return
        }
        #expect(submission.members[0].proofs.compactMap(\.scanSHA256) == [Self.marriageScan.sha256])
        probe.send(.applicationSubmitted(ScreenGoldenTests.receipt))
        #expect(probe.state.session.proofs == ProofDraft())
        #expect(probe.state.session.keptScans == [Self.marriageScan.sha256])
    }
}
