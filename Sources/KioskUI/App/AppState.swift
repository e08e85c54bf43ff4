import FamilyAid
import Foundation
import KioskFrame

/// The whole state of the kiosk. `update` changes it, `view` draws it; nothing else does either.
public struct AppState: Sendable {
    public let settings: KioskSettings
    public let catalog: Catalog
    public var isDemoStore: Bool
    public var size: Size
    public var now: Date
    public var language: Language = .chinese
    public var screen: Screen = .welcome
    /// Focus inside the current screen: a field, a button or a menu item, by index.
    public var focus = 0
    public var session = ResidentSession()
    public var lastInputAt: Date
    /// The help page for the current screen is open over it.
    public var helpScroll: Int?
    /// The store could not save the last thing asked: said over the screen until a key is pressed.
    public var storeNotice: StoreNotice?
    public var guideScroll = 0
    /// The commitment letter from `screens/letters/`; nil where none was loaded (then no
    /// application can be signed at this kiosk).
    public var letter: CommitmentLetter?

    public init(settings: KioskSettings = KioskSettings(), catalog: Catalog, isDemoStore: Bool, size: Size, now: Date) {
        self.settings = settings
        self.catalog = catalog
        self.isDemoStore = isDemoStore
        self.size = size
        self.now = now
        lastInputAt = now
    }

    /// At a counter the clerk reads these screens with the resident present: they speak in the
    /// counter's voice.
    public var text: Localizer { Localizer(catalog, language, voice: settings.isAtCounter ? Localizer.atCounter : nil) }

    public var isTooSmall: Bool {
        size.columns < settings.minimumSize.columns || size.rows < settings.minimumSize.rows
    }

    /// The calendar day at the kiosk (Asia/Shanghai): ages and birth dates are judged on it.
    public var today: CivilDate { CivilDate(now) }

    /// Whether a resident is in the middle of something that the idle watch must protect: any
    /// screen but an untouched welcome.
    public var hasActiveSession: Bool {
        screen != .welcome || language != .chinese || session != ResidentSession() || helpScroll != nil
    }
}

extension AppState {
    /// This state with the commitment letter given (the runtime loads it at start).
    public func with(letter: CommitmentLetter?) -> AppState {
        var copy = self
        copy.letter = letter
        return copy
    }
}
