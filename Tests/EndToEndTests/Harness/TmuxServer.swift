import Foundation
import Glibc

/// One private tmux server, reached through its own socket file.
///
/// Every session gets its own server (`tmux -S <socket> -f /dev/null`), so tests running in
/// parallel never share state, no user configuration leaks in, and killing the server ends
/// everything the test started.
struct TmuxServer {
    let executable: String
    let socketPath: String
    /// The environment the tmux client, and so a server it starts, runs with.
    let environment: [String: String]

    /// Finds tmux on `PATH` (or the usual places), or throws the message that says how to get it.
    static func locateExecutable() throws -> String {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin", "/bin"]
        for directory in directories where !directory.isEmpty {
            let candidate = directory + "/tmux"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        throw HarnessError.tmuxMissing
    }

    /// Runs one or more tmux commands against this server and returns what they printed.
    ///
    /// Several commands go in one client call, separated by `;` arguments, which keeps key
    /// scripts in order and fast.
    @discardableResult
    func run(_ commands: [String]..., timeout: Duration = .seconds(20)) throws -> String {
        try run(commands, timeout: timeout)
    }

    @discardableResult
    func run(_ commands: [[String]], timeout: Duration = .seconds(20)) throws -> String {
        var arguments = [executable, "-u", "-S", socketPath, "-f", "/dev/null"]
        for (index, command) in commands.enumerated() {
            if index > 0 { arguments.append(";") }
            arguments += command.map(Self.escapingTrailingSemicolon)
        }
        let result = try Spawn.run(arguments, environment: environment, timeout: timeout)
        guard result.succeeded else {
            throw HarnessError.commandFailed(command: arguments, status: result.status, stdout: result.stdout, stderr: result.stderr)
        }
        return result.stdout
    }

    /// tmux ends a command at any argument whose last character is `;` (so `send-keys -l 'a;'`
    /// types only `a`); a backslash before that `;` keeps it as text.
    static func escapingTrailingSemicolon(_ argument: String) -> String {
        argument.hasSuffix(";") ? argument.dropLast() + "\\;" : argument
    }
}
