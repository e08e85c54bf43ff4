/// One entry of the footer: a key and what it does on this screen. Screens list the keys that
/// work for them, so the footer never advertises a key that does nothing.
public struct KeyHint: Hashable, Sendable {
    /// What the person presses, as printed ("Enter", "Esc", "F1", "1-3").
    public var key: String
    /// Catalog key of the action's name.
    public var actionKey: String

    public init(_ key: String, _ actionKey: String) {
        self.key = key
        self.actionKey = actionKey
    }

    public static let confirm = KeyHint("Enter", "keys.confirm")
    public static let back = KeyHint("Esc", "keys.back")
    public static let help = KeyHint("F1", "keys.help")
    public static let language = KeyHint("F2", "keys.language")
    public static let endSession = KeyHint("F10", "keys.end_session")
    public static let next = KeyHint("Tab", "keys.next")
    public static let scroll = KeyHint("↑↓", "keys.scroll")
    /// The next page of a long text, back to its start after the last.
    public static let pageDown = KeyHint("PgDn", "keys.more")

    public static func choose(count: Int) -> KeyHint {
        KeyHint(count >= 10 ? "0-9" : count > 1 ? "1-\(count)" : "1", "keys.choose")
    }

    /// The keys of a menu of `count` items that may be empty for a while (waiting for the store):
    /// none then, since none would do anything.
    static func menu(count: Int) -> [KeyHint] {
        count == 0 ? [] : [.choose(count: count), .confirm, .back]
    }
}
