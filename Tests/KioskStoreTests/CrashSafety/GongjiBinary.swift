import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The gongji program itself, run as a child the way an operator would run it, so that a test can
/// end it at any moment as a power cut would.
///
/// Found as the end-to-end tests find it: `GONGJI_BINARY`, else the release build, else the debug
/// build. A missing binary fails the test; it never skips.
struct GongjiBinary {
    let path: String
    /// The child's whole environment: its own home (so its log and default store stay in the test's
    /// folder), a UTF-8 locale, and the operator's password.
    let environment: [String: String]

    init(home: String, password: String) throws {
        let root = Self.packageRoot()
        let candidates = [ProcessInfo.processInfo.environment["GONGJI_BINARY"]].compactMap { $0 }.filter { !$0.isEmpty }
            + ["release", "debug"].map { "\(root)/.build/\($0)/gongji" }
        guard let found = candidates.first(where: { access($0, X_OK) == 0 }) else {
            throw Missing(searched: candidates)
        }
        path = found
        environment = ["HOME": home, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "GONGJI_OPERATOR_PASSWORD": password]
    }

    /// How one run ended.
    enum Ending: Equatable {
        case exited(Int32)
        case killed
    }

    /// Runs gongji with `arguments` to its end (at most `limit`), its standard output into the
    /// file `output` or discarded.
    @discardableResult
    func run(_ arguments: [String], output: String? = nil, limit: Duration = .seconds(60)) throws -> Ending {
        try run(arguments, output: output, killAfter: limit)
    }

    /// Runs gongji with `arguments` and sends it SIGKILL after `delay` unless it has ended by then.
    func run(_ arguments: [String], output: String? = nil, killAfter delay: Duration) throws -> Ending {
        let pid = try spawn(arguments, output: output)
        let deadline = ContinuousClock.now + delay
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            let reaped = waitpid(pid, &status, WNOHANG)
            if reaped == pid { return Self.ending(status) }
            usleep(500)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return Self.ending(status)
    }

    /// How long a whole run takes, to aim the kills across it.
    func timeOfWholeRun(_ arguments: [String]) throws -> Duration {
        let clock = ContinuousClock()
        var ending = Ending.killed
        let took = try clock.measure { ending = try run(arguments) }
        guard ending == .exited(0) else { throw Failed(arguments: arguments, ending: ending) }
        return took
    }

    private static func ending(_ status: Int32) -> Ending {
        let signal = status & 0x7F
        return signal == 0 ? .exited((status >> 8) & 0xFF) : .killed
    }

    /// Starts the child with an empty signal mask (a child of the test runner would otherwise
    /// inherit its blocked signals), standard input and error on /dev/null.
    private func spawn(_ arguments: [String], output: String?) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        var argv = ([path] + arguments).map { strdup($0) } + [nil]
        var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
        guard code == 0 else { throw OtherProgram.SpawnError(code: code) }
        return pid
    }

    private static func packageRoot(from file: String = #filePath) -> String {
        var directory = URL(fileURLWithPath: file).deletingLastPathComponent()
        while directory.path != "/" {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory.path
            }
            directory.deleteLastPathComponent()
        }
        return FileManager.default.currentDirectoryPath
    }

    struct Missing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String { "no gongji binary; looked at \(searched.joined(separator: ", ")) (set GONGJI_BINARY)" }
    }

    struct Failed: Error, CustomStringConvertible {
        let arguments: [String]
        let ending: Ending
        var description: String { "gongji \(arguments.joined(separator: " ")) ended with \(ending)" }
    }
}
