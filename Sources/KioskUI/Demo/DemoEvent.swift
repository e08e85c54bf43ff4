import Foundation
import KioskFrame

/// What reaches the demo player: the trainer's keys, the passing of time, a new terminal size,
/// and the kiosk's answers.
public enum DemoEvent: Sendable {
    case key(Key)
    case tick
    case resize(Size)
    /// `--loop` begins: the first walkthrough plays at once.
    case startLoop
    /// A walkthrough's kiosk is ready on its throwaway store, showing `screen`.
    case opened(screen: Frame)
    /// A step was played on the kiosk; `failure` says why it could not be, if it could not.
    case played(screen: Frame, captions: Captions, failure: String?)
}

/// What the player asks of the runtime, which owns the kiosk and its store.
public enum DemoEffect: Hashable, Sendable {
    /// Make a throwaway demo store and a kiosk in `language` on it, the terminal's size.
    case open(Walkthrough, language: Language, size: Size)
    /// Play one step on the open kiosk.
    case play(KeyScriptStep)
    /// Keep the open kiosk in this language from now on.
    case hold(Language)
    /// Give the kiosk a new size.
    case resize(Size)
    /// End the kiosk and remove its store.
    case close
    case quit
    case redrawAll
}
