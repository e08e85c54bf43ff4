import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Another program working on the same store file: the `sqlite3` shell running a script, as a
/// clerk's console or a careless administrator would. Started with `posix_spawn` and an empty
/// signal mask, because a child of `Foundation.Process` inside a test inherits blocked signals.
struct OtherProgram {
    let pid: pid_t

    /// The `sqlite3` shell on PATH, or nil when this machine has none.
    static let sqlite3: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":")
            .map { "\($0)/sqlite3" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// Runs `script` through `sqlite3 database`, its output discarded.
    static func sqlite3(database: String, script: String, in directory: TemporaryDirectory) throws -> OtherProgram {
        guard let sqlite3 else { throw SpawnError(code: ENOENT) }
        let scriptPath = directory.path("script-\(UUID().uuidString).sql")
        try Data(script.utf8).write(to: URL(fileURLWithPath: scriptPath))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, scriptPath, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))

        var pid: pid_t = 0
        let arguments = [sqlite3, database]
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let code = posix_spawn(&pid, sqlite3, &actions, &attributes, &argv, environ)
        guard code == 0 else { throw SpawnError(code: code) }
        return OtherProgram(pid: pid)
    }

    /// Waits for the program to end and returns its exit status (or 128 + the signal that ended it).
    func waitForExit() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Ends the program at once, as a power cut or `kill -9` would, and reaps it.
    func kill() -> Int32 {
        _ = Glibc.kill(pid, SIGKILL)
        return waitForExit()
    }

    /// Polls until `path` exists (the script touches it when it reaches a point), or gives up.
    static func waitForFile(_ path: String, timeout: Duration = .seconds(10)) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            usleep(10_000)
        }
        return false
    }

    struct SpawnError: Error {
        let code: Int32
    }
}
