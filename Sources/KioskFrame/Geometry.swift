/// A place on the screen, in rows from the top and columns from the left (both from 0).
public struct Position: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// The size of a terminal or of a part of it, in columns and rows.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public var description: String { "\(columns)x\(rows)" }

    /// Reads "80x24" (or "80×24").
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "x" || $0 == "X" || $0 == "×" })
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
              columns > 0, rows > 0 else { return nil }
        self.init(columns: columns, rows: rows)
    }
}

/// A rectangle on the screen; used for the places a click or touch can land on.
public struct Rect: Hashable, Sendable {
    public var origin: Position
    public var size: Size

    public init(row: Int, column: Int, columns: Int, rows: Int = 1) {
        origin = Position(row: row, column: column)
        size = Size(columns: columns, rows: rows)
    }

    public func contains(_ position: Position) -> Bool {
        position.row >= origin.row && position.row < origin.row + size.rows
            && position.column >= origin.column && position.column < origin.column + size.columns
    }
}
