import KioskFrame

/// What the terminal delivers, before the UI gives it meaning. The terminal module knows nothing
/// of screens, so keys come out as names the UI maps to its own `Key`.
public enum TerminalInput: Hashable, Sendable {
    case character(Character)
    case named(NamedKey)
    case function(Int)
    case control(Character)
    case meta(Character)
    /// A click or touch (button 1 pressed) at a cell.
    case click(Position)
    case scrollUp
    case scrollDown
    case resized(Size)
}

public enum NamedKey: Hashable, Sendable {
    case enter, tab, backTab, escape, backspace, delete, insert
    case up, down, left, right, home, end, pageUp, pageDown
}
