import Foundation
import Glibc
import Testing

/// A suite trait that fails the suite if any process of its tmux sessions outlives it.
///
/// The suite's sessions get scratch directories under one prefix of their own; when the suite
/// ends, `pgrep -f` looks for any process whose command line still names that prefix (a tmux
/// server by its socket, a wrapper shell by its script). Other suites running at the same time
/// use other prefixes, so they never cause a false alarm here. Leftovers are reported and then
/// ended, so one leaking test does not leave tmux servers running after the test run.
struct NoStrayProcesses: SuiteTrait, TestScoping {
    var isRecursive: Bool { false }

    func provideScope(
        for test: Test,
        testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        let scope = Self.scopeName(for: test)
        try await ScratchDirectory.$scope.withValue(scope) {
            try await function()
        }
        let leftovers = try Self.processes(matching: ScratchDirectory.prefix(scope: scope))
        if !leftovers.isEmpty {
            Issue.record("processes outlived the suite \(test.name):\n\(leftovers)")
            Self.end(processesMatching: ScratchDirectory.prefix(scope: scope))
        }
    }

    /// SIGTERM first, so a tmux server hangs up its panes; SIGKILL for whatever is still there.
    private static func end(processesMatching pattern: String) {
        for signal in [SIGTERM, SIGKILL] {
            let lines = (try? processes(matching: pattern)) ?? ""
            for line in lines.split(separator: "\n") {
                if let pid = pid_t(line.prefix { $0 != " " }) { kill(pid, signal) }
            }
            usleep(200_000)
        }
    }

    /// The `pgrep -a -f` lines for processes whose command line contains `pattern`.
    static func processes(matching pattern: String) throws -> String {
        let result = try Spawn.run(["pgrep", "-a", "-f", pattern])
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A short, path-safe name for the suite (letters and digits of its name, plus a nonce).
    private static func scopeName(for test: Test) -> String {
        let letters = test.name.unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        return String(String.UnicodeScalarView(letters.prefix(16))) + String(UInt32.random(in: 0...UInt32.max), radix: 36)
    }
}

extension Trait where Self == NoStrayProcesses {
    /// Fails the suite if a tmux server, wrapper shell or program of its sessions outlives it.
    static var noStrayProcesses: Self { NoStrayProcesses() }
}
