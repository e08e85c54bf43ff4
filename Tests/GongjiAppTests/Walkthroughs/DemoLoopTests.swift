import Foundation
@testable import GongjiApp
import KioskFrame
import KioskStore
import KioskUI
import Testing

/// `gongji demo --loop` over many cycles, headless, on a virtual clock: whatever one walkthrough
/// made (its kiosk, its store and the store's folder) is gone before the next one plays, so
/// nothing grows with the hours an exhibition stand runs.
@Suite("Demo loop")
struct DemoLoopTests {
    /// The two shortest walkthroughs keep the many cycles quick; every one opens a store.
    static let shortest = ["1-identity-check", "9-sharing-or-family-account"]

    @Test func manyCyclesKeepOneStageAndOneFolderAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        let walkthroughs = WalkthroughReplayTests.walkthroughs.filter { Self.shortest.contains($0.name) }
        try #require(walkthroughs.count == 2)
        let content = try WalkthroughReplayTests.content()
        var now = ReplayRunner.defaultStart
        var driver = DemoDriver(
            state: DemoState(catalog: content.catalog, walkthroughs: walkthroughs, loops: true, size: Size(columns: 80, rows: 24), now: now),
            content: content, temporaryRoot: directory.url)
        driver.startLoop(now: now)

        let cycles = 30
        var stagesSeen: [Weak<DemoStage>] = []
        var storesSeen: [Weak<KioskDatabase>] = []
        var opened = 0
        var foldersAtMost = 0
        var stateSizes: [Int] = []
        while opened < cycles * walkthroughs.count {
            guard let wakeUp = driver.nextWakeUp else { Issue.record("the loop stopped"); return }
            now = max(now, wakeUp)
            driver.dispatch(input: .tick, now: now, repaint: { _ in })
            if let stage = driver.stage, stagesSeen.last?.value !== stage {
                opened += 1
                stagesSeen.append(Weak(stage))
                storesSeen.append(Weak(stage.replay.driver.performer.database))
                let folders = try FileManager.default.contentsOfDirectory(atPath: directory.url.path).count
                foldersAtMost = max(foldersAtMost, folders)
                #expect(driver.state.playback?.failure == nil, "\(driver.state.playback?.failure ?? "")")
                if opened % walkthroughs.count == 0 { stateSizes.append(Self.retainedSize(of: driver.state)) }
            }
        }
        #expect(stagesSeen.dropLast().allSatisfy { $0.value == nil }, "only the stage playing now is alive")
        #expect(storesSeen.dropLast().allSatisfy { $0.value == nil }, "every earlier store is closed")
        #expect(foldersAtMost == 1, "one store folder at a time")
        #expect(Set(stateSizes).count == 1, "the player's state is the same size every cycle: \(stateSizes)")
    }

    /// What the player's state holds that could grow: its walkthroughs' steps and the playback.
    static func retainedSize(of state: DemoState) -> Int {
        state.walkthroughs.map(\.script.steps.count).reduce(0, +)
            + (state.playback.map { MemoryLayout.size(ofValue: $0) + ($0.screen?.cells.count ?? 0) } ?? 0)
    }
}

/// A reference that does not keep its object alive, to see whether anything else does.
struct Weak<Object: AnyObject> {
    weak var value: Object?
    init(_ value: Object) { self.value = value }
}
