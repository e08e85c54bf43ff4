import KioskFrame

/// A numbered menu: each item is chosen by its digit (the PIN pad's way), by ↑/↓ and Enter, or by
/// a tap. Numbers start at 1; at most nine items so one digit always suffices.
struct ChoiceList {
    var labels: [String]
    var focused: Int

    /// Draws the items from `position` down, one blank row between them, and returns their tap
    /// targets (a tap presses the item's digit).
    func draw(into frame: inout Frame, at position: Position, width: Int) -> [TapTarget] {
        var targets: [TapTarget] = []
        for (index, label) in labels.enumerated() {
            let row = position.row + index * 2
            let isFocused = index == focused
            let style: Style = isFocused ? .focus : .plain
            let text = TextLayout.truncate(" \(index + 1). \(label) ", width: width)
            frame.fill(row: row, column: position.column, columns: width, style: isFocused ? .focus : .plain)
            frame.write(text, at: Position(row: row, column: position.column), style: style, limit: width)
            targets.append(TapTarget(
                Rect(row: row, column: position.column, columns: width),
                .press(.character(Character("\(index + 1)")))
            ))
        }
        return targets
    }

    /// The height the list takes when drawn.
    var height: Int { max(0, labels.count * 2 - 1) }
}

/// What a key means to a numbered menu.
enum ChoiceKey: Equatable {
    case choose(Int)
    case moveFocus(to: Int)
    case none

    static func interpret(_ key: Key, focused: Int, count: Int) -> ChoiceKey {
        switch key {
        case .character(let character):
            if let digit = character.wholeNumberValue, digit >= 1, digit <= count { return .choose(digit - 1) }
            return .none
        case .enter: return .choose(focused)
        case .up, .backTab: return .moveFocus(to: (focused + count - 1) % count)
        case .down, .tab: return .moveFocus(to: (focused + 1) % count)
        default: return .none
        }
    }
}

extension ChoiceKey {
    /// The whole key handling of a menu screen of `count` items: ↑/↓/Tab move the focus, a digit
    /// or Enter calls `choose` with the chosen item's index.
    static func handle(
        _ key: Key, count: Int, _ state: inout AppState, choose: (Int, inout AppState) -> [Effect]
    ) -> [Effect] {
        switch interpret(key, focused: state.focus, count: count) {
        case .choose(let index):
            return choose(index, &state)
        case .moveFocus(let index):
            state.focus = index
            return []
        case .none:
            return []
        }
    }
}
