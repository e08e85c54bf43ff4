import Foundation
import KioskFrame

/// Everything `gongji demo` shows and knows: the menu of walkthroughs, or the one being played.
/// The kiosk that plays it lives at the edge (it needs a store); its latest screen is handed in.
public struct DemoState: Sendable {
    public let catalog: Catalog
    public let walkthroughs: [Walkthrough]
    /// `--loop`: play every walkthrough in turn, forever, with no menu.
    public let loops: Bool
    public var language: Language = .chinese
    public var size: Size
    public var now: Date
    public var menuFocus = 0
    public var speed = DemoSpeed.normal
    public var playback: Playback?

    public init(catalog: Catalog, walkthroughs: [Walkthrough], loops: Bool, size: Size, now: Date) {
        self.catalog = catalog
        self.walkthroughs = walkthroughs
        self.loops = loops
        self.size = size
        self.now = now
    }

    public var text: Localizer { Localizer(catalog, language) }

    /// The demo needs what the kiosk needs: the kiosk's screens are shown whole.
    public var isTooSmall: Bool {
        let minimum = KioskSettings().minimumSize
        return size.columns < minimum.columns || size.rows < minimum.rows
    }

    /// The walkthrough being played, if any.
    public var playing: Walkthrough? { playback.map { walkthroughs[$0.walkthrough] } }
}

/// Where one walkthrough's playing stands.
public struct Playback: Hashable, Sendable {
    /// Index of the walkthrough in ``DemoState/walkthroughs``.
    public let walkthrough: Int
    /// The next step to play.
    public var nextStep = 0
    /// When the next step is due, unless paused.
    public var dueAt: Date
    public var isPaused = false
    /// Set by →: the steps up to the next key are played at once, then it waits again.
    public var isSteppingOneKey = false
    /// Every step has been played (or one failed): the last screen stays.
    public var isOver = false
    /// Set while a step is out to be played, so no step is sent twice.
    public var isWaitingForKiosk = false
    public var captions = Captions()
    /// The kiosk's screen after the last step played; nil until it has drawn.
    public var screen: Frame?
    /// Why the walkthrough stopped early: a step that failed, in words.
    public var failure: String?

    public init(walkthrough: Int, dueAt: Date) {
        self.walkthrough = walkthrough
        self.dueAt = dueAt
    }
}
