import Foundation
import KioskFrame
import KioskUI

/// Runs the demo player around one state, as `KioskDriver` does for the kiosk: applies an event,
/// performs what the player asks for on the walkthrough's stage, and feeds the answers back. At
/// most one stage exists at a time, and nothing is kept from one walkthrough to the next, so a
/// loop can run for days.
public struct DemoDriver: TerminalDriving {
    public private(set) var state: DemoState
    let content: DemoStage.Content
    /// The folder each stage's store is made in.
    let temporaryRoot: URL
    private(set) var stage: DemoStage?
    public private(set) var quitRequested = false
    public var redrawRequested = false

    init(state: DemoState, content: DemoStage.Content, temporaryRoot: URL) {
        self.state = state
        self.content = content
        self.temporaryRoot = temporaryRoot
    }

    /// Whether a walkthrough's kiosk and store exist now.
    public var hasStage: Bool { stage != nil }

    public mutating func dispatch(_ event: DemoEvent, now: Date) {
        let pending = DemoPlayer.update(&state, event, now: now)
        EffectLoop.drain(
            pending,
            observe: { effect in
                switch effect {
                case .quit: quitRequested = true
                case .redrawAll: redrawRequested = true
                default: break
                }
            },
            perform: { perform($0) },
            update: { DemoPlayer.update(&state, $0, now: now) })
    }

    private mutating func perform(_ effect: DemoEffect) -> DemoEvent? {
        switch effect {
        case .open(let walkthrough, let language, let size):
            stage = nil
            do {
                stage = try DemoStage(walkthrough, language: language, size: size, content: content, under: temporaryRoot)
            } catch {
                return .played(screen: Frame(size: size), captions: Captions(), failure: "\(error)")
            }
            return .opened(screen: stage!.replay.frame)
        case .play(let step):
            guard let stage else { return nil }
            let failure = stage.replay.perform(step)
            return .played(screen: stage.replay.frame, captions: stage.replay.captions, failure: failure?.description)
        case .hold(let language):
            guard let stage else { return nil }
            stage.replay.heldLanguage = language
            return .played(screen: stage.replay.frame, captions: stage.replay.captions, failure: nil)
        case .resize(let size):
            guard let stage else { return nil }
            _ = stage.replay.perform(.resize(columns: size.columns, rows: size.rows, SourcePosition(line: 0, column: 0)))
            return .played(screen: stage.replay.frame, captions: stage.replay.captions, failure: nil)
        case .close:
            stage = nil
            return nil
        case .quit, .redrawAll:
            return nil
        }
    }

    // MARK: TerminalDriving

    public mutating func dispatch(input event: Event, now: Date, repaint: (Frame) -> Void) {
        switch event {
        case .key(let key): dispatch(.key(key), now: now)
        case .resize(let size): dispatch(.resize(size), now: now)
        case .tick: dispatch(.tick, now: now)
        default: break
        }
    }

    public var frame: Frame { DemoPlayer.view(state).frame }
    public var nextWakeUp: Date? { DemoPlayer.nextWakeUp(state) }
}

extension DemoDriver {
    /// `--loop`: the first walkthrough starts at once, with no menu.
    public mutating func startLoop(now: Date) {
        dispatch(.startLoop, now: now)
    }
}
