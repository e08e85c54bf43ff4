extension Frame {
    /// The rows whose cells differ from `previous`'s, top to bottom: every row when there is no
    /// previous frame or its size differs. The terminal repaints only these, so a typed
    /// character costs one row of work instead of the whole screen. The cursor is not compared:
    /// it is placed on every paint.
    public func rowsChanged(since previous: Frame?) -> [Int] {
        guard let previous, previous.size == size else { return Array(0..<size.rows) }
        return (0..<size.rows).filter { row in
            let cellsOfRow = row * size.columns..<(row + 1) * size.columns
            return cells[cellsOfRow] != previous.cells[cellsOfRow]
        }
    }
}
