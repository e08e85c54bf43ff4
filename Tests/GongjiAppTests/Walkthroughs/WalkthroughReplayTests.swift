import Foundation
@testable import GongjiApp
import KioskFrame
import KioskUI
import Testing

/// Every walkthrough of `gongji demo` is also a replay test: played headlessly on a fresh demo
/// store, every `<expect:…>` must hold, and the last screen must be its golden, in Chinese and
/// (with the kiosk held in English, as the demo plays it) in English.
@Suite("Walkthroughs")
struct WalkthroughReplayTests {
    static let screens = ScreensDirectory(url: ScreensDirectory.sourceCheckout)
    static let walkthroughs: [Walkthrough] = (try? screens.loadWalkthroughs()) ?? []
    static let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Goldens")

    /// Plays `walkthrough` as `gongji demo` does, step by step on its own stage.
    static func play(_ walkthrough: Walkthrough, in language: Language) throws -> (Frame, Replay.Failure?) {
        let directory = try TemporaryDirectory()
        let stage = try DemoStage(walkthrough, language: language, size: Size(columns: 80, rows: 24), content: try content(), under: directory.url)
        for step in walkthrough.script.steps {
            if let failure = stage.replay.perform(step) { return (stage.replay.frame, failure) }
        }
        return (stage.replay.frame, nil)
    }

    static func content() throws -> DemoStage.Content {
        DemoStage.Content(
            catalog: try screens.loadCatalog(), calendar: try screens.loadWorkingDayCalendar(),
            letter: try screens.loadCommitmentLetter(), settings: KioskSettings())
    }

    @Test func theShippedWalkthroughsAreRead() {
        #expect(Self.walkthroughs.count >= 8)
        #expect(Self.walkthroughs.map(\.name).first == "1-identity-check")
    }

    @Test("played in Chinese, every expectation holds", arguments: walkthroughs.map(\.name))
    func chinese(name: String) throws {
        let walkthrough = try #require(Self.walkthroughs.first { $0.name == name })
        let (frame, failure) = try Self.play(walkthrough, in: .chinese)
        #expect(failure == nil, "\(name).keys: \(failure?.description ?? "")\n\(frame.text)")
        GoldenFile.check(frame, at: Self.goldens.appendingPathComponent("walkthrough-\(name).zh-Hans.txt"))
    }

    @Test("played in English", arguments: walkthroughs.map(\.name))
    func english(name: String) throws {
        let walkthrough = try #require(Self.walkthroughs.first { $0.name == name })
        let (frame, failure) = try Self.play(walkthrough, in: .english)
        #expect(failure == nil, "\(name).keys: \(failure?.description ?? "")")
        GoldenFile.check(frame, at: Self.goldens.appendingPathComponent("walkthrough-\(name).en.txt"))
    }

    /// A trainer's file: each caption is said in both languages, fits the caption line, and the
    /// walkthrough has a title on the menu in both languages.
    @Test("captions and titles in both languages", arguments: walkthroughs.map(\.name))
    func captions(name: String) throws {
        let walkthrough = try #require(Self.walkthroughs.first { $0.name == name })
        let catalog = try Self.screens.loadCatalog()
        for language in Language.allCases {
            #expect(!catalog.text(walkthrough.titleKey, in: language).contains("⟦"), "\(walkthrough.titleKey) in \(language)")
        }
        var waitingForEnglish: KeyScriptStep?
        for step in walkthrough.script.steps {
            switch step {
            case .caption(let text, _):
                #expect(waitingForEnglish == nil, "\(name).keys \(waitingForEnglish!.position): no <caption-en:…>")
                #expect(text.displayWidth <= Self.captionRoom, "\(name).keys \(step.position): the caption is too long")
                waitingForEnglish = step
            case .englishCaption(let text, _):
                #expect(waitingForEnglish != nil, "\(name).keys \(step.position): <caption-en:…> without a <caption:…> before it")
                #expect(text.displayWidth <= Self.captionRoom, "\(name).keys \(step.position): the caption is too long")
                waitingForEnglish = nil
            default:
                break
            }
        }
        #expect(waitingForEnglish == nil, "\(name).keys: the last caption has no English")
    }

    /// Columns a caption has on an 80-column caption line, beside its label and a status.
    static let captionRoom = 66

    @Test func aWalkthroughThatCannotBeReadIsReportedWithItsFileLineAndColumn() throws {
        let directory = try TemporaryDirectory()
        let folder = directory.url.appendingPathComponent("walkthroughs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "<caption:开始><caption-en:Start>\n1<Enter>\n12<Entre>\n".write(
            to: folder.appendingPathComponent("1-broken.keys"), atomically: true, encoding: .utf8)
        #expect {
            try ScreensDirectory(url: directory.url).loadWalkthroughs()
        } throws: { error in
            "\(error)".contains("walkthroughs/1-broken.keys: line 3, column 3: unknown key <Entre>")
        }
    }

    @Test func walkthroughsAreInTheOrderOfTheirNumbers() {
        let names = ["10-last", "2-second", "1-first"].map { Walkthrough(name: $0, script: KeyScript(steps: [])) }
        #expect(names.sorted(by: ScreensDirectory.menuOrder).map(\.name) == ["1-first", "2-second", "10-last"])
    }
}

/// A golden text file beside these tests, rewritten only with `GONGJI_UPDATE_GOLDENS=1`.
enum GoldenFile {
    static func check(_ frame: Frame, at file: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        let actual = frame.text + "\n"
        if ProcessInfo.processInfo.environment["GONGJI_UPDATE_GOLDENS"] == "1" {
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            Issue.record("no golden file \(file.lastPathComponent); create it with GONGJI_UPDATE_GOLDENS=1\n\(actual)", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "screen differs from \(file.lastPathComponent)", sourceLocation: sourceLocation)
    }
}
