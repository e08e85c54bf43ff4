import Foundation
import KioskFrame

/// `gongji demo` as two pure functions, like the kiosk: `update` turns the trainer's keys and
/// the passing of time into which step to play next, `view` draws the menu or the kiosk's screen
/// with its caption. The timing is decided here, from the clock handed in; the kiosk that plays
/// each step, and its store, are the runtime's.
public enum DemoPlayer {
    /// How long a walkthrough's first screen shows before its first step.
    static let opening = 0.5

    public static func update(_ state: inout DemoState, _ event: DemoEvent, now: Date) -> [DemoEffect] {
        state.now = now
        switch event {
        case .tick:
            return advance(&state)
        case .resize(let size):
            state.size = size
            return state.playback == nil ? [] : [.resize(size)]
        case .key(let key):
            return handle(key, &state)
        case .startLoop:
            return state.walkthroughs.isEmpty ? [] : start(0, &state)
        case .opened(let screen):
            state.playback?.screen = screen
            state.playback?.isWaitingForKiosk = false
            state.playback?.dueAt = now.addingTimeInterval(opening / state.speed.factor)
            return advance(&state)
        case .played(let screen, let captions, let failure):
            guard var playback = state.playback else { return [] }
            playback.screen = screen
            playback.captions = captions
            playback.isWaitingForKiosk = false
            if let failure { stop(&playback, because: failure, now: now) }
            state.playback = playback
            return advance(&state)
        }
    }

    public static func view(_ state: DemoState) -> Rendering {
        guard let playback = state.playback else { return DemoMenuScreen.render(state) }
        return DemoCaptionLine.render(playback, in: state)
    }

    /// The next moment the player acts on its own: the next step, or the next walkthrough of a loop.
    public static func nextWakeUp(_ state: DemoState) -> Date? {
        guard let playback = state.playback, !playback.isWaitingForKiosk else { return nil }
        if playback.isSteppingOneKey { return state.now }
        if playback.isPaused || (playback.isOver && !state.loops) { return nil }
        return playback.dueAt
    }

    // MARK: Playing

    /// Starts the walkthrough at `index`: the runtime opens a kiosk on a new store for it.
    static func start(_ index: Int, _ state: inout DemoState) -> [DemoEffect] {
        state.menuFocus = index
        var playback = Playback(walkthrough: index, dueAt: state.now)
        playback.isWaitingForKiosk = true
        state.playback = playback
        return [.open(state.walkthroughs[index], language: state.language, size: state.size)]
    }

    /// Sends the next step when it is due; at the end holds the last screen, then (in a loop)
    /// goes on to the next walkthrough.
    private static func advance(_ state: inout DemoState) -> [DemoEffect] {
        guard var playback = state.playback, let walkthrough = state.playing, !playback.isWaitingForKiosk else { return [] }
        let isDue = !playback.isPaused && state.now >= playback.dueAt
        guard playback.isSteppingOneKey || isDue else { return [] }
        let steps = walkthrough.script.steps
        if !playback.isOver, playback.nextStep < steps.count {
            var batch = [steps[playback.nextStep]]
            playback.nextStep += 1
            // A caption and its English are one step, so a pause never falls between them and
            // F2 always finds the caption in the other language.
            if case .caption = batch[0], playback.nextStep < steps.count, case .englishCaption = steps[playback.nextStep] {
                batch.append(steps[playback.nextStep])
                playback.nextStep += 1
            }
            playback.isWaitingForKiosk = true
            if case .key = batch[0] { playback.isSteppingOneKey = false }
            let seconds = batch.map { DemoPacing.seconds(after: $0, language: state.language) }.max() ?? 0
            playback.dueAt = state.now.addingTimeInterval(seconds / state.speed.factor)
            state.playback = playback
            return batch.map(DemoEffect.play)
        }
        playback.isSteppingOneKey = false
        if !playback.isOver {
            playback.isOver = true
            playback.dueAt = state.now.addingTimeInterval(DemoPacing.ending / state.speed.factor)
            state.playback = playback
            return []
        }
        state.playback = playback
        guard state.loops, isDue else { return [] }
        return [.close] + start((playback.walkthrough + 1) % state.walkthroughs.count, &state)
    }

    private static func stop(_ playback: inout Playback, because failure: String, now: Date) {
        playback.failure = failure
        playback.isOver = true
        playback.isSteppingOneKey = false
        playback.dueAt = now.addingTimeInterval(DemoPacing.ending)
    }

    // MARK: Keys

    private static func handle(_ key: Key, _ state: inout DemoState) -> [DemoEffect] {
        switch key {
        case .function(10):
            return [.quit]
        case .control("l"):
            return [.redrawAll]
        case .function(2):
            state.language = state.language.other
            return state.playback == nil ? [] : [.hold(state.language)]
        default:
            break
        }
        guard state.playback != nil else { return handleMenu(key, &state) }
        return handlePlaying(key, &state)
    }

    private static func handleMenu(_ key: Key, _ state: inout DemoState) -> [DemoEffect] {
        switch ChoiceKey.interpret(key, focused: state.menuFocus, count: state.walkthroughs.count) {
        case .choose(let index):
            return start(index, &state)
        case .moveFocus(let index):
            state.menuFocus = index
            return []
        case .none:
            return []
        }
    }

    private static func handlePlaying(_ key: Key, _ state: inout DemoState) -> [DemoEffect] {
        guard var playback = state.playback else { return [] }
        switch key {
        case .escape:
            state.playback = nil
            return [.close]
        case .character(" "):
            playback.isPaused.toggle()
            playback.dueAt = max(playback.dueAt, state.now)
        case .right:
            playback.isPaused = true
            playback.isSteppingOneKey = !playback.isOver
        case .character("+"), .character("="):
            state.speed = state.speed.faster()
        case .character("-"), .character("−"):
            state.speed = state.speed.slower()
        default:
            return []
        }
        state.playback = playback
        return advance(&state)
    }
}
