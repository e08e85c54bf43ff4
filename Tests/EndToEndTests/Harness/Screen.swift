/// Formatting of captured screens for failure messages.
enum Screen {
    /// Draws a frame around a captured screen, so trailing blanks and empty rows are visible in
    /// a test log and a reader can see where the terminal's edges were.
    static func framed(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let width = rows.map(\.count).max() ?? 0
        let edge = "+" + String(repeating: "-", count: width) + "+"
        let body = rows.map { "|" + $0 + String(repeating: " ", count: width - $0.count) + "|" }
        return ([edge] + body + [edge]).joined(separator: "\n")
    }
}
