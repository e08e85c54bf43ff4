/// One key as a person presses it, whatever device it came from: a keyboard, the kiosk's PIN pad,
/// or a key script. The terminal backend and the key-script parser both produce these.
public enum Key: Hashable, Sendable {
    /// A printable grapheme (a letter, digit, Chinese character, punctuation or space).
    case character(Character)
    case enter
    case tab
    case backTab
    case escape
    case backspace
    case delete
    case insert
    case up
    case down
    case left
    case right
    case home
    case end
    case pageUp
    case pageDown
    /// F1 … F12.
    case function(Int)
    /// Ctrl with a letter or symbol, e.g. `.control("l")` for Ctrl-L (always lower-case).
    case control(Character)
    /// Alt/Meta with a key, e.g. `.meta("x")`.
    case meta(Character)
}
