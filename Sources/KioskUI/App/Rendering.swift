import KioskFrame

/// What a tap on the screen does: the same as a key (a numbered item's digit, Enter on a button),
/// or moving the focus to a field. Taps therefore need no logic of their own.
public enum TapAction: Hashable, Sendable {
    case press(Key)
    case focus(Int)
    /// Focus the button with this index and press Enter on it.
    case activate(Int)
}

/// A place on the screen that answers a tap or mouse click.
public struct TapTarget: Hashable, Sendable {
    public var rect: Rect
    public var action: TapAction

    public init(_ rect: Rect, _ action: TapAction) {
        self.rect = rect
        self.action = action
    }
}

/// A drawn screen and the places on it that can be tapped.
public struct Rendering: Sendable {
    public var frame: Frame
    public var targets: [TapTarget]

    public init(size: Size) {
        frame = Frame(size: size)
        targets = []
    }

    public func action(at position: Position) -> TapAction? {
        targets.last(where: { $0.rect.contains(position) })?.action
    }
}
