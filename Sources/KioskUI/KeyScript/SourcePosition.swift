/// Where something stands in a key script, so that a failed replay or a parse error can point at
/// the exact token a person has to look at.
public struct SourcePosition: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters (graphemes) rather than bytes or terminal columns, so
    /// that it means the same in every editor whatever the script's mix of Chinese and Latin.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`, as compilers print it, e.g. `3:14`.
    public var description: String { "\(line):\(column)" }
}
