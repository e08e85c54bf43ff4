/// Formatting of captured screens for failure messages.
enum Screen {
    /// Numbers the rows of a captured screen, so empty rows stay visible in a test log and a
    /// reader can tell which row of the terminal holds what. (No right-hand border: it could not
    /// line up without measuring Chinese as two columns.)
    static func framed(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let digits = String(rows.count).count
        return rows.enumerated().map { index, row in
            let number = String(index + 1)
            return String(repeating: " ", count: digits - number.count) + number + "|" + row
        }.joined(separator: "\n")
    }
}
