/// Why a policy file was refused. The file is refused whole: a profile half-read would judge
/// applications by settings nobody chose.
public struct PolicyFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the problem is, as a path of keys: `review.counter`, `premiums[2].amount`; empty for
    /// the file as a whole.
    public let key: String
    /// 1-based line in the file, when the problem sits at a place in it.
    public let line: Int?
    /// What is wrong and what would be right, in a clerk's words.
    public let reason: String

    public init(key: String, line: Int?, reason: String) {
        self.key = key
        self.line = line
        self.reason = reason
    }

    public var description: String {
        let place = [line.map { "line \($0)" }, key.isEmpty ? nil : "`\(key)`"].compactMap(\.self)
        return place.isEmpty ? reason : place.joined(separator: ", ") + ": " + reason
    }
}
