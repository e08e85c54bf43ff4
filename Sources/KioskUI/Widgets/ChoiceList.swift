import KioskFrame

/// A numbered menu: each item is chosen by its digit (the PIN pad's way), by ↑/↓ and Enter, or by
/// a tap. Numbers start at 1; a tenth item is numbered 0, so one digit always suffices.
struct ChoiceList {
    static let maximumCount = 10

    var labels: [String]
    var focused: Int
    /// Rows from one item to the next: 2 leaves a blank row between them, 1 packs a long list.
    var spacing = 2

    /// The digit that chooses the item at `index`: 1 to 9, then 0.
    static func digit(_ index: Int) -> Int { (index + 1) % 10 }

    /// Draws the items from `position` down, `spacing` rows apart, and returns their tap
    /// targets (a tap presses the item's digit).
    func draw(into frame: inout Frame, at position: Position, width: Int) -> [TapTarget] {
        var targets: [TapTarget] = []
        for (index, label) in labels.enumerated() {
            let row = position.row + index * spacing
            let isFocused = index == focused
            let style: Style = isFocused ? .focus : .plain
            let text = TextLayout.truncate(" \(Self.digit(index)). \(label) ", width: width)
            frame.fill(row: row, column: position.column, columns: width, style: isFocused ? .focus : .plain)
            frame.write(text, at: Position(row: row, column: position.column), style: style, limit: width)
            targets.append(TapTarget(
                Rect(row: row, column: position.column, columns: width),
                .press(.character(Character("\(Self.digit(index))")))
            ))
        }
        return targets
    }

    /// The height the list takes when drawn.
    var height: Int { max(0, (labels.count - 1) * spacing + 1) }
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
            if character == "0", count == ChoiceList.maximumCount { return .choose(count - 1) }
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

extension ChoiceKey {
    /// The key handling of a list of `count` things to open with "back" as its last item: a digit
    /// or Enter on a thing calls `open` with its index; the last item and Esc go to `back`.
    static func handleList(
        _ key: Key, count: Int, back: Screen, _ state: inout AppState, open: (Int, inout AppState) -> Void
    ) -> [Effect] {
        if key == .escape {
            ScreenRouter.go(to: back, &state)
            return []
        }
        return handle(key, count: count + 1, &state) { index, state in
            if index < count {
                open(index, &state)
            } else {
                ScreenRouter.go(to: back, &state)
            }
            return []
        }
    }
}
