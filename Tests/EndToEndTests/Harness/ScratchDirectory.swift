import Foundation
import Glibc

/// Private temporary directories, one per tmux session: its socket, its wrapper script, the
/// files the wrapper writes, and the program's HOME.
///
/// Every path starts with `/tmp/gongji-e2e-<test process id>-<scope>`, so a suite can look for
/// processes that outlived it by that prefix alone (`pgrep -f`), without confusing them with
/// another suite's or another test run's. `/tmp` rather than `$TMPDIR` keeps socket paths well
/// under the 108 bytes a Unix socket address can hold.
enum ScratchDirectory {
    /// The scope name that new directories carry; `NoStrayProcesses` sets one per suite.
    @TaskLocal static var scope = "tests"

    /// The path prefix shared by every directory made in `scope` by this test process.
    static func prefix(scope: String) -> String {
        "/tmp/gongji-e2e-\(getpid())-\(scope)-"
    }

    /// Creates a new, empty directory that only this user can enter.
    static func make() throws -> String {
        var template = Array((prefix(scope: scope) + "XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else {
            throw HarnessError.spawnFailed(command: ["mkdtemp"], errno: errno)
        }
        return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }
}
