import KioskFrame

/// The drawing surface a screen's body is drawn on, with the layout every screen shares: a left
/// margin, text wrapped to the body's width, and tap targets collected as things are drawn.
struct Canvas {
    var rendering: Rendering
    let text: Localizer
    let margin = 4
    /// The next free row of the body.
    var row: Int
    let bottom: Int

    init(size: Size, text: Localizer, bodyRows: Range<Int>) {
        rendering = Rendering(size: size)
        self.text = text
        row = bodyRows.lowerBound
        bottom = bodyRows.upperBound
    }

    var width: Int { rendering.frame.size.columns - 2 * margin }

    /// Wrapped text from the current row; advances past it.
    mutating func paragraph(_ content: String, style: Style = .plain, indent: Int = 0) {
        for line in TextLayout.wrap(content, width: width - indent) where row < bottom {
            rendering.frame.write(line, at: Position(row: row, column: margin + indent), style: style)
            row += 1
        }
    }

    mutating func skip(_ rows: Int = 1) { row += rows }

    /// A label and its value on one line, the value starting at a fixed column so a column of
    /// them lines up in both languages.
    mutating func labelled(_ label: String, _ value: String, valueColumn: Int = 20, style: Style = .plain) {
        rendering.frame.write(label, at: Position(row: row, column: margin), style: .hint)
        rendering.frame.write(value, at: Position(row: row, column: margin + valueColumn), style: style)
        row += 1
    }

    mutating func menu(_ labels: [String], focused: Int?, spacing: Int = 2) {
        let list = ChoiceList(labels: labels, focused: focused ?? -1, spacing: spacing)
        rendering.targets += list.draw(into: &rendering.frame, at: Position(row: row, column: margin), width: width)
        row += list.height + 1
    }

    /// A text field with its label above; `focusIndex` is the focus value that means this field.
    mutating func field(_ field: TextField, label: String, width fieldWidth: Int, masked: Bool = false, isFocused: Bool, focusIndex: Int) {
        paragraph(label)
        let view = TextFieldView(field: field, width: fieldWidth, isMasked: masked, isFocused: isFocused)
        let rect = view.draw(into: &rendering.frame, at: Position(row: row, column: margin))
        rendering.targets.append(TapTarget(rect, .focus(focusIndex)))
        row += 1
    }

    /// A row of buttons; `firstFocusIndex` is the focus value of the first one.
    mutating func buttons(_ labels: [String], focused: Int?, firstFocusIndex: Int) {
        var column = margin
        for (offset, label) in labels.enumerated() {
            let isFocused = focused == firstFocusIndex + offset
            let text = "[ \(label) ]"
            let written = rendering.frame.write(text, at: Position(row: row, column: column), style: isFocused ? .focus : .plain)
            rendering.targets.append(TapTarget(Rect(row: row, column: column, columns: written), .activate(firstFocusIndex + offset)))
            column += written + 3
        }
        row += 1
    }
}
