import KioskTerminal
import KioskUI

/// Turns what the terminal read into the kiosk's events. A scroll wheel or swipe reads as ↑/↓.
enum InputMapping {
    static func event(for input: TerminalInput) -> Event {
        switch input {
        case .character(let character): .key(.character(character))
        case .function(let number): .key(.function(number))
        case .control(let character): .key(.control(character))
        case .meta(let character): .key(.meta(character))
        case .click(let position): .tap(position)
        case .scrollUp: .key(.up)
        case .scrollDown: .key(.down)
        case .resized(let size): .resize(size)
        case .named(let named): .key(key(for: named))
        }
    }

    private static func key(for named: NamedKey) -> Key {
        switch named {
        case .enter: .enter
        case .tab: .tab
        case .backTab: .backTab
        case .escape: .escape
        case .backspace: .backspace
        case .delete: .delete
        case .insert: .insert
        case .up: .up
        case .down: .down
        case .left: .left
        case .right: .right
        case .home: .home
        case .end: .end
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        }
    }
}
