import Foundation
import KioskFrame
@testable import KioskUI
import Testing

/// The player's decisions, with a stand-in kiosk: every step it is asked to play is answered at
/// once with a screen that names the step, so a test sees exactly what was played when.
struct DemoProbe {
    var state: DemoState
    var played: [KeyScriptStep] = []
    var opened: [String] = []
    var closed = 0
    var quit = false

    static let script = try! KeyScript(parsing: """
        <caption:第一步><caption-en:Step one>
        12<wait:500>
        <caption:第二步><caption-en:Step two>
        3
        """)

    init(walkthroughs: [Walkthrough] = [Walkthrough(name: "1-identity-check", script: DemoProbe.script),
                                        Walkthrough(name: "2-spouse-and-child", script: DemoProbe.script)],
         loops: Bool = false) {
        state = DemoState(catalog: TestCatalog.shared, walkthroughs: walkthroughs, loops: loops,
                          size: Size(columns: 80, rows: 24), now: Fixtures.start)
    }

    /// What the stand-in kiosk shows after every step: the real welcome screen of a demo store,
    /// in the demo's language.
    var kioskScreen: Frame {
        var kiosk = Fixtures.state(demo: true)
        kiosk.language = state.language
        return Kiosk.view(kiosk).frame
    }

    var keysPlayed: [Key] { played.compactMap { if case .key(let key, _) = $0 { key } else { nil } } }

    mutating func send(_ event: DemoEvent) {
        var pending = DemoPlayer.update(&state, event, now: state.now)
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let answer = answer(effect) { pending += DemoPlayer.update(&state, answer, now: state.now) }
        }
    }

    mutating func press(_ key: Key) { send(.key(key)) }

    /// Lets `seconds` pass, waking the player whenever it asked to be woken.
    mutating func wait(_ seconds: Double) {
        let end = state.now.addingTimeInterval(seconds)
        while let wakeUp = DemoPlayer.nextWakeUp(state), wakeUp <= end {
            state.now = max(state.now, wakeUp)
            send(.tick)
        }
        state.now = end
        send(.tick)
    }

    private mutating func answer(_ effect: DemoEffect) -> DemoEvent? {
        switch effect {
        case .open(let walkthrough, _, let size):
            opened.append(walkthrough.name)
            return .opened(screen: Frame(size: size))
        case .play(let step):
            played.append(step)
            var captions = state.playback?.captions ?? Captions()
            if case .caption(let text, _) = step { captions = Captions(chinese: text) }
            if case .englishCaption(let text, _) = step { captions.english = text }
            return .played(screen: kioskScreen, captions: captions, failure: nil)
        case .close:
            closed += 1
            return nil
        case .quit:
            quit = true
            return nil
        case .hold, .resize, .redrawAll:
            return nil
        }
    }
}

@Suite("Demo player")
struct DemoPlayerTests {
    @Test func aDigitOnTheMenuOpensThatWalkthroughAndItPlaysByItself() {
        var probe = DemoProbe()
        probe.press(.character("2"))
        #expect(probe.opened == ["2-spouse-and-child"])
        #expect(probe.played.isEmpty, "the first screen shows a moment first")
        probe.wait(60)
        #expect(probe.keysPlayed == [.character("1"), .character("2"), .character("3")])
        #expect(probe.state.playback?.isOver == true)
        #expect(DemoPlayer.nextWakeUp(probe.state) == nil, "outside a loop the last screen stays")
    }

    @Test func spacePausesAndRightStepsOneKeyWithTheStepsBeforeIt() {
        var probe = DemoProbe()
        probe.press(.enter)
        probe.press(.character(" "))
        probe.wait(60)
        #expect(probe.played.isEmpty)
        probe.press(.right)
        #expect(probe.keysPlayed == [.character("1")])
        #expect(probe.played.count == 3, "both captions, then the key")
        probe.press(.right)
        probe.press(.right)
        #expect(probe.keysPlayed == [.character("1"), .character("2"), .character("3")])
        #expect(probe.state.playback?.isPaused == true)
        probe.press(.character(" "))
        probe.wait(60)
        #expect(probe.state.playback?.isOver == true)
    }

    @Test func plusAndMinusChangeTheSpeedWithinItsLevels() {
        var probe = DemoProbe()
        probe.press(.enter)
        for _ in 0..<10 { probe.press(.character("+")) }
        #expect(probe.state.speed.factor == DemoSpeed.levels.last)
        for _ in 0..<10 { probe.press(.character("-")) }
        #expect(probe.state.speed.factor == DemoSpeed.levels.first)
    }

    @Test func fasterPlaysMoreInTheSameTime() {
        var normal = DemoProbe()
        normal.press(.enter)
        normal.wait(2.5)
        var fast = DemoProbe()
        fast.press(.enter)
        fast.press(.character("+"))
        fast.press(.character("+"))
        fast.wait(2.5)
        #expect(fast.played.count > normal.played.count)
    }

    @Test func escapeEndsTheWalkthroughAndShowsTheMenuAndF10Quits() {
        var probe = DemoProbe()
        probe.press(.down)
        probe.press(.enter)
        probe.wait(1)
        probe.press(.escape)
        #expect(probe.closed == 1)
        #expect(probe.state.playback == nil)
        #expect(probe.state.menuFocus == 1, "the menu keeps its place")
        probe.press(.function(10))
        #expect(probe.quit)
    }

    @Test func keysOtherThanThePlayersNeverReachTheKiosk() {
        var probe = DemoProbe()
        probe.press(.enter)
        probe.press(.character(" "))
        probe.press(.character("7"))
        probe.press(.enter)
        #expect(probe.played.isEmpty)
    }

    @Test func aLoopPlaysEveryWalkthroughInTurnForever() {
        var probe = DemoProbe(loops: true)
        probe.send(.startLoop)
        probe.wait(600)
        #expect(probe.opened.count > 4)
        #expect(Array(probe.opened.prefix(3)) == ["1-identity-check", "2-spouse-and-child", "1-identity-check"])
        #expect(probe.closed == probe.opened.count - 1, "each walkthrough's stage goes before the next one's")
    }

    @Test func aFailedStepStopsTheWalkthroughAndSaysWhy() {
        var probe = DemoProbe()
        probe.press(.enter)
        probe.send(.played(screen: Frame(size: probe.state.size), captions: Captions(), failure: "line 3, column 1: expected"))
        #expect(probe.state.playback?.isOver == true)
        #expect(DemoPlayer.view(probe.state).frame.contains("演示中断：line 3, column 1"))
    }

    @Test func theTitleKeyDropsTheNumber() {
        #expect(Walkthrough(name: "4-rejection-and-resubmission", script: KeyScript(steps: [])).titleKey
            == "walkthroughs.rejection_and_resubmission")
        #expect(Walkthrough(name: "tour", script: KeyScript(steps: [])).titleKey == "walkthroughs.tour")
    }

    @Test func anEnglishCaptionFallsBackToTheChinese() {
        #expect(Captions(chinese: "按 1").text(in: .english) == "按 1")
        #expect(Captions(chinese: "按 1", english: "Press 1").text(in: .english) == "Press 1")
    }
}

@Suite("Demo screens (golden text)")
struct DemoGoldenTests {
    /// The shipped walkthroughs' names, so the menu golden shows the real titles.
    static let shipped: [Walkthrough] = {
        let folder = TestCatalog.screensDirectory.appendingPathComponent("walkthroughs")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".keys") }.sorted()
            .map { Walkthrough(name: String($0.dropLast(5)), script: KeyScript(steps: [])) }
    }()

    @Test("the menu", arguments: Language.allCases)
    func menu(language: Language) {
        var probe = DemoProbe(walkthroughs: Self.shipped)
        probe.state.language = language
        probe.press(.down)
        let frame = DemoPlayer.view(probe.state).frame
        #expect(!frame.text.contains("⟦"), "a text is missing from the catalog")
        Golden.check(frame, named: "demo-menu.\(language.rawValue)")
    }

    @Test("the caption line", arguments: Language.allCases)
    func caption(language: Language) {
        var probe = DemoProbe()
        probe.state.language = language
        probe.press(.enter)
        probe.wait(3)
        Golden.check(DemoPlayer.view(probe.state).frame, named: "demo-caption.\(language.rawValue)")
    }

    @Test("paused, faster, and over", arguments: Language.allCases)
    func status(language: Language) {
        var probe = DemoProbe()
        probe.state.language = language
        probe.press(.enter)
        probe.wait(2)
        probe.press(.character("+"))
        probe.press(.character(" "))
        Golden.check(DemoPlayer.view(probe.state).frame, named: "demo-caption-paused.\(language.rawValue)")
        probe.press(.character(" "))
        probe.wait(60)
        Golden.check(DemoPlayer.view(probe.state).frame, named: "demo-caption-over.\(language.rawValue)")
    }
}
