import Foundation
import Glibc

/// How a process ended.
enum ExitStatus: Equatable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    /// Decodes a `waitpid` status (the `WIFEXITED` family are C macros Swift cannot import).
    init(waitStatus status: Int32) {
        let signal = status & 0x7f
        self = signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }

    var description: String {
        switch self {
        case .exited(let code): return "exit status \(code)"
        case .signaled(let signal): return "killed by signal \(signal)"
        }
    }
}

/// What a finished process left behind.
struct SpawnResult {
    var status: ExitStatus
    var stdout: String
    var stderr: String

    var succeeded: Bool { status == .exited(0) }
}

/// Runs helper processes (tmux, stty, pgrep) from inside a test.
///
/// `Foundation.Process` is deliberately not used: a child it starts from a test inherits the
/// test runner's blocked signal mask, so tmux and the program under test never see SIGTERM or
/// SIGCHLD and every wait on them hangs. Here the child gets an empty signal mask and default
/// dispositions for every signal, exactly as if a login shell had started it.
enum Spawn {
    /// Runs `command` (looked up in `PATH` when it has no slash) with stdin from `/dev/null`,
    /// collects stdout and stderr, and waits for it to end.
    ///
    /// Never hangs: past `timeout` the child is killed with SIGKILL and `processTimedOut` is thrown
    /// with whatever it had printed.
    ///
    /// - Parameter environment: the child's whole environment; `nil` passes this process's on.
    static func run(
        _ command: [String],
        environment: [String: String]? = nil,
        timeout: Duration = .seconds(20)
    ) throws -> SpawnResult {
        precondition(!command.isEmpty, "a command needs at least the program's name")
        let deadline = ContinuousClock.now + timeout
        let (stdoutPipe, stderrPipe, pid) = try spawnLock.withLock {
            let stdoutPipe = try Pipe()
            let stderrPipe = try Pipe()
            let pid = try start(command, environment: environment, stdout: stdoutPipe.writeEnd, stderr: stderrPipe.writeEnd)
            return (stdoutPipe, stderrPipe, pid)
        }
        stdoutPipe.closeWriteEnd()
        stderrPipe.closeWriteEnd()

        let (out, err, drained) = drain(stdoutPipe.readEnd, stderrPipe.readEnd, until: deadline)
        stdoutPipe.closeReadEnd()
        stderrPipe.closeReadEnd()

        if drained, let status = reap(pid, until: deadline) {
            return SpawnResult(status: status, stdout: out, stderr: err)
        }
        kill(pid, SIGKILL)
        _ = reapBlocking(pid)
        throw HarnessError.processTimedOut(command: command, timeout: timeout, stdout: out, stderr: err)
    }

    /// Held from creating a child's pipes until it has been started. A pipe is made
    /// close-on-exec only just after it exists (`pipe2` is not importable here), and a child
    /// spawned by another test in that instant would keep it open, leaving its reader waiting
    /// for an end of file that never comes.
    private static let spawnLock = NSLock()

    /// Starts the child with an empty signal mask and every signal at its default action.
    private static func start(
        _ command: [String],
        environment: [String: String]?,
        stdout: Int32,
        stderr: Int32
    ) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stderr, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var everySignal = sigset_t()
        sigfillset(&everySignal)
        sigdelset(&everySignal, SIGKILL)
        sigdelset(&everySignal, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &everySignal)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = CStringArray(command)
        let envp = CStringArray((environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }.sorted())
        defer {
            argv.deallocate()
            envp.deallocate()
        }
        var pid = pid_t()
        let result = posix_spawnp(&pid, command[0], &actions, &attributes, argv.pointers, envp.pointers)
        guard result == 0 else { throw HarnessError.spawnFailed(command: command, errno: result) }
        return pid
    }

    /// Reads both pipes to end of file, or until the deadline. Returns whether both ended.
    private static func drain(_ out: Int32, _ err: Int32, until deadline: ContinuousClock.Instant) -> (String, String, Bool) {
        var outBytes: [UInt8] = []
        var errBytes: [UInt8] = []
        var fds = [pollfd(fd: out, events: Int16(POLLIN), revents: 0), pollfd(fd: err, events: Int16(POLLIN), revents: 0)]
        var buffer = [UInt8](repeating: 0, count: 65536)
        while fds.contains(where: { $0.fd >= 0 }) {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { break }
            let ready = poll(&fds, nfds_t(fds.count), Int32(max(1, remaining.milliseconds)))
            if ready < 0 && errno == EINTR { continue }
            guard ready > 0 else { continue }
            for index in fds.indices where fds[index].fd >= 0 && fds[index].revents != 0 {
                let count = read(fds[index].fd, &buffer, buffer.count)
                if count > 0 {
                    if index == 0 { outBytes += buffer[..<count] } else { errBytes += buffer[..<count] }
                } else if count == 0 || errno != EINTR {
                    fds[index].fd = -1
                }
            }
        }
        let drained = !fds.contains(where: { $0.fd >= 0 })
        return (String(decoding: outBytes, as: UTF8.self), String(decoding: errBytes, as: UTF8.self), drained)
    }

    /// Polls for the child's end until the deadline; `nil` if it is still running.
    private static func reap(_ pid: pid_t, until deadline: ContinuousClock.Instant) -> ExitStatus? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return ExitStatus(waitStatus: status) }
            if result < 0 && errno != EINTR { return .exited(-1) }
            if ContinuousClock.now >= deadline { return nil }
            usleep(1_000)
        }
    }

    private static func reapBlocking(_ pid: pid_t) -> ExitStatus {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return .exited(-1) }
        }
        return ExitStatus(waitStatus: status)
    }
}

/// A pipe whose ends are close-on-exec, so only the child it was made for inherits it.
/// Create it while holding `Spawn.spawnLock`.
private final class Pipe {
    private(set) var readEnd: Int32
    private(set) var writeEnd: Int32

    init() throws {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { throw HarnessError.spawnFailed(command: ["pipe"], errno: errno) }
        readEnd = fds[0]
        writeEnd = fds[1]
        _ = fcntl(readEnd, F_SETFD, FD_CLOEXEC)
        _ = fcntl(writeEnd, F_SETFD, FD_CLOEXEC)
    }

    func closeReadEnd() {
        if readEnd >= 0 { close(readEnd) }
        readEnd = -1
    }

    func closeWriteEnd() {
        if writeEnd >= 0 { close(writeEnd) }
        writeEnd = -1
    }

    deinit {
        closeReadEnd()
        closeWriteEnd()
    }
}

/// A NULL-terminated array of C strings, as `posix_spawn` wants for argv and envp.
private struct CStringArray {
    let pointers: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>
    private let count: Int

    init(_ strings: [String]) {
        count = strings.count
        pointers = .allocate(capacity: strings.count + 1)
        for (index, string) in strings.enumerated() { pointers[index] = strdup(string) }
        pointers[strings.count] = nil
    }

    func deallocate() {
        for index in 0..<count { free(pointers[index]) }
        pointers.deallocate()
    }
}

extension Duration {
    /// The duration in whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
