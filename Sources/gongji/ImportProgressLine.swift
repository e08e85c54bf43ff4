import Foundation
import GongjiApp
import Glibc

/// How far a long import has come, on standard error: one line redrawn in place at a terminal;
/// elsewhere (a log, a test) a line only every `loggedEvery` rows, so that a small file prints
/// nothing and a large one shows it is alive without flooding the log.
final class ImportProgressLine {
    static let loggedEvery = 100_000

    private let totalBytes: Int?
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private var isShown = false
    private var lastLoggedRows = 0

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    func update(_ summary: RegistryImportSummary, approximateBytesRead: Int) {
        let text = Self.text(summary, percent: totalBytes.map { Self.percent(approximateBytesRead, of: $0) })
        if isTerminal {
            write("\r\u{1B}[K" + text)
            isShown = true
        } else if summary.rowsRead - lastLoggedRows >= Self.loggedEvery {
            write(text + "\n")
            lastLoggedRows = summary.rowsRead
        }
    }

    /// Takes the in-place line away, before other output and at the end.
    func clear() {
        guard isShown else { return }
        write("\r\u{1B}[K")
        isShown = false
    }

    /// "read 120000 rows (12%): 119990 good, 10 refused".
    static func text(_ summary: RegistryImportSummary, percent: Int?) -> String {
        "read \(summary.rowsRead) rows" + (percent.map { " (\($0)%)" } ?? "")
            + ": \(summary.rowsRead - summary.refused) good, \(summary.refused) refused"
    }

    /// Never 100 before the end: the byte count is an estimate.
    static func percent(_ bytes: Int, of total: Int) -> Int {
        guard total > 0 else { return 0 }
        return min(99, bytes * 100 / total)
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
