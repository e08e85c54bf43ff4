import KioskFrame

/// The parts every screen shares: the header with the service name, where the person is
/// (第 1 步 / 共 3 步) and the demo badge; the footer with the keys that work here; the line for
/// errors in words.
struct Chrome {
    let text: Localizer
    let size: Size

    /// The rows a screen's body may use, between the header and the footer.
    var bodyRows: Range<Int> { 3..<(size.rows - 3) }

    /// `title` replaces the service name, as at a counter, where the header says who works it.
    func drawHeader(into frame: inout Frame, step: Step?, isDemo: Bool, title: String? = nil) {
        frame.write(" " + (title ?? text["app.title"]), at: Position(row: 0, column: 0), style: .title)
        var right = ""
        if let step {
            right = text("app.step", ["current": "\(step.current)", "total": "\(step.total)"])
        }
        let badge = isDemo ? text["app.demo_badge"] : ""
        let rightWidth = right.displayWidth + (badge.isEmpty ? 0 : badge.displayWidth + 4)
        var column = size.columns - rightWidth - 1
        if !badge.isEmpty {
            column += frame.write(" \(badge) ", at: Position(row: 0, column: column), style: .badge) + 2
        }
        frame.write(right, at: Position(row: 0, column: column), style: .title)
        frame.horizontalLine(row: 1)
    }

    /// Draws the footer and returns tap targets for the keys that have one (Esc, F1, F2, F10).
    func drawFooter(into frame: inout Frame, hints: [KeyHint]) -> [TapTarget] {
        let row = size.rows - 1
        frame.horizontalLine(row: row - 1)
        var column = 1
        var targets: [TapTarget] = []
        for hint in hints {
            let label = "\(hint.key) \(text[hint.actionKey])"
            guard column + label.displayWidth < size.columns else { break }
            let written = frame.write(label, at: Position(row: row, column: column), style: .hint)
            if let key = KeyHint.tappableKey(hint.key) {
                targets.append(TapTarget(Rect(row: row, column: column, columns: written), .press(key)))
            }
            column += written + 3
        }
        return targets
    }
}

/// Where the person is in a flow of several steps.
struct Step: Hashable, Sendable {
    var current: Int
    var total: Int
}

extension KeyHint {
    /// The key a tap on this footer entry presses, where a single key stands behind it.
    static func tappableKey(_ label: String) -> Key? {
        switch label {
        case "Enter": .enter
        case "Esc": .escape
        case "Tab": .tab
        case "PgDn": .pageDown
        case let function where function.hasPrefix("F"): Int(function.dropFirst()).map(Key.function)
        default: nil
        }
    }
}
