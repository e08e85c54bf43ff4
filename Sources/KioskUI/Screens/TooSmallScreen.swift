import KioskFrame

/// Shown instead of any screen while the window is below the minimum size. The state underneath
/// is untouched, so growing the window back restores the screen exactly.
enum TooSmallScreen {
    static func render(_ state: AppState) -> Rendering {
        var rendering = Rendering(size: state.size)
        let minimum = state.settings.minimumSize
        let lines = [state.text["too_small.title"]] + TextLayout.wrap(
            state.text("too_small.body", [
                "min_columns": "\(minimum.columns)", "min_rows": "\(minimum.rows)",
                "columns": "\(state.size.columns)", "rows": "\(state.size.rows)",
            ]),
            width: max(1, state.size.columns - 2)
        )
        let top = max(0, (state.size.rows - lines.count) / 2)
        for (offset, line) in lines.enumerated() {
            let column = TextLayout.centredColumn(textWidth: line.displayWidth, in: state.size.columns)
            rendering.frame.write(line, at: Position(row: top + offset, column: column), style: offset == 0 ? .error : .plain)
        }
        return rendering
    }
}
