import Foundation

/// Progress of a long step on standard error: one line rewritten in place on a terminal, a line
/// every tenth otherwise (a log keeps a few lines, not thousands).
final class ProgressLine {
    private let label: String
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var lastTenth = -1
    private var shown = false
    /// Shows nothing for a total below `minimumTotal`: a small job is done before a line helps.
    private let minimumTotal: Int64

    init(label: String, minimumTotal: Int64 = 1 << 20) {
        self.label = label
        self.minimumTotal = minimumTotal
    }

    func update(_ done: Int64, _ total: Int64) {
        guard total >= minimumTotal else { return }
        let tenth = Int(done * 10 / max(total, 1))
        if isTerminal {
            FileHandle.standardError.write(Data("\r\(label): \(done * 100 / total)%".utf8))
            shown = true
        } else if tenth != lastTenth {
            lastTenth = tenth
            FileHandle.standardError.write(Data("\(label): \(tenth * 10)%\n".utf8))
        }
    }

    /// Ends the line with what happens next (where the work has a step the figures do not count).
    func next(_ step: String) {
        guard shown || lastTenth >= 0 else { return }
        FileHandle.standardError.write(Data("\(shown ? "\n" : "")\(label): \(step)\n".utf8))
        shown = false
    }

    func finish() {
        if shown { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
