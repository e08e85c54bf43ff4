import Foundation
import Glibc

/// A program running in a real terminal: a pane of a private, detached tmux server.
///
/// The program runs under a wrapper shell in the pane (see `WrapperScript`). The wrapper records
/// the program's process ID (so signals reach the program itself, not the shell), waits for it,
/// runs `stty -a` in the same pane, reports the exit status (pane title and `EXIT=<status>` on
/// the screen), and stays alive so the screen and terminal modes the program left behind can
/// still be inspected.
///
///     let session = try TmuxSession(["/path/to/gongji", "--demo"])
///     try await session.waitFor(text: "欢迎")
///     try await session.send(keys: "1<Enter>")
///     try await session.signal(SIGTERM)
///     #expect(try await session.waitForExit() == 0)
///     #expect(try session.terminalState().isRestored)
///
/// The server, the wrapper, the program and the scratch directory are gone after `close()`,
/// which also runs when the session is released, so a test that throws leaves nothing behind.
final class TmuxSession {
    /// The scratch directory: the program's HOME and, unless told otherwise, its working
    /// directory. Tests may put files here (a database, a screens directory).
    let directory: String
    /// The tmux socket; every process of this session has it or `directory` on its command line.
    var socketPath: String { server.socketPath }
    /// The environment the program was started with, exactly.
    let programEnvironment: [String: String]

    private let server: TmuxServer
    private let paneID: String
    private let serverPID: pid_t
    private let wrapperPID: pid_t
    private var isClosed = false

    private static let pidFileName = "program.pid"
    private static let sttyFileName = "stty.txt"
    private var pidFile: String { directory + "/" + Self.pidFileName }
    private var sttyFile: String { directory + "/" + Self.sttyFileName }

    /// Starts `command` in a new `columns`×`rows` terminal.
    ///
    /// - Parameters:
    ///   - command: the program and its arguments (a path, or a name looked up on `PATH`).
    ///   - environment: added to (and overriding) the program's base environment, which is only
    ///     `PATH`, `HOME` (the scratch directory), `TERM` and `LANG=C.UTF-8`. Nothing else from
    ///     the test process leaks in; with `HOME` private, so are the default XDG directories.
    ///   - term: `tmux-256color` by default, because that is the terminal tmux actually is:
    ///     its Home and End send `ESC [1~` and `ESC [4~`, which `xterm-256color`'s terminfo
    ///     does not know, so a curses program would see them as stray escape sequences.
    ///   - workingDirectory: where the program starts; the scratch directory by default.
    init(
        _ command: [String],
        columns: Int = 80,
        rows: Int = 24,
        environment: [String: String] = [:],
        term: String = "tmux-256color",
        workingDirectory: String? = nil
    ) throws {
        precondition(!command.isEmpty, "a command needs at least the program's name")
        let executable = try TmuxServer.locateExecutable()
        let directory = try ScratchDirectory.make()
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        let programEnvironment = ["PATH": path, "HOME": directory, "TERM": term, "LANG": "C.UTF-8"]
            .merging(environment) { _, extra in extra }
        let server = TmuxServer(
            executable: executable,
            socketPath: directory + "/tmux.sock",
            environment: ["PATH": path, "HOME": directory, "LANG": "C.UTF-8", "SHELL": "/bin/sh", "TERM": term]
        )
        do {
            let script = directory + "/run.sh"
            try WrapperScript.text(
                command: command,
                environment: programEnvironment,
                pidFile: directory + "/" + Self.pidFileName,
                sttyFile: directory + "/" + Self.sttyFileName
            ).write(toFile: script, atomically: true, encoding: .utf8)
            let started = try server.run([
                "new-session", "-d", "-x", String(columns), "-y", String(rows),
                "-c", workingDirectory ?? directory,
                "-P", "-F", "#{pane_id} #{pid} #{pane_pid}",
                "/bin/sh", script,
            ])
            let fields = started.split(whereSeparator: \.isWhitespace)
            guard fields.count == 3, let serverPID = pid_t(fields[1]), let wrapperPID = pid_t(fields[2]) else {
                throw HarnessError.unexpectedOutput(source: "tmux new-session", text: started)
            }
            self.paneID = String(fields[0])
            self.serverPID = serverPID
            self.wrapperPID = wrapperPID
        } catch {
            _ = try? server.run(["kill-server"], timeout: .seconds(2))
            ScratchDirectory.remove(directory)
            throw error
        }
        self.directory = directory
        self.server = server
        self.programEnvironment = programEnvironment
    }

    deinit {
        close()
    }

    // MARK: Screen

    /// The screen as it is now, one string per row (trailing blanks trimmed, wide characters
    /// once). Wrapped lines are not joined: row `n` is what row `n` of the terminal shows.
    func rows() throws -> [String] {
        let output = try server.run(["capture-pane", "-p", "-t", paneID])
        var rows = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if rows.last == "" { rows.removeLast() }
        return rows
    }

    /// The screen with its attributes as SGR escape sequences (`capture-pane -e`): to check how
    /// a program styles text (colour, reverse, bold), which plain captures leave out.
    func captureWithAttributes() throws -> String {
        try server.run(["capture-pane", "-p", "-e", "-t", paneID])
    }

    /// The screen as it is now, rows joined with newlines.
    ///
    /// A capture taken while the program is drawing can show half a frame: wait for the last
    /// thing a frame draws (`waitFor(text:)`) before trusting one.
    func capture() throws -> String {
        try rows().joined(separator: "\n")
    }

    /// Waits until `text` is on the screen, polling every 20 ms; returns that screen.
    ///
    /// On a timeout the error shows the last screen seen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) async throws -> String {
        do {
            return try await waitForScreen(timeout: timeout) { $0.contains(text) }
        } catch HarnessError.textNotShown(_, _, let screen) {
            throw HarnessError.textNotShown(text: text, timeout: timeout, screen: screen)
        }
    }

    /// Waits until the screen satisfies `condition`, polling every 20 ms; returns that screen.
    @discardableResult
    func waitForScreen(
        timeout: Duration = .seconds(10),
        _ description: String = "the expected screen",
        until condition: (String) -> Bool
    ) async throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let screen = try capture()
            if condition(screen) { return screen }
            if ContinuousClock.now >= deadline {
                throw HarnessError.textNotShown(text: description, timeout: timeout, screen: screen)
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    // MARK: Keys

    /// How long `send` pauses after `<Esc>` when more keys follow in the same script.
    ///
    /// A terminal program can only tell the Escape key from the start of an escape sequence by
    /// the silence after it (ncurses' ESCDELAY; gongji sets 25 ms). Keys sent in one go arrive
    /// in one read, so without the pause `<Esc><Up>` could be read as Alt-Up. A person never
    /// types that fast; the pause makes the script behave like one.
    var escapePause: Duration = .milliseconds(50)

    /// Types a key script (ttybench's syntax, see `KeyScript`) into the terminal.
    ///
    /// Keys between waits go to tmux in one call, so they arrive in order and quickly; `<M-x>`
    /// is sent as one key (ESC and `x` together), unlike `<Esc>x`.
    func send(keys script: String) async throws {
        try await send(KeyScript(script))
    }

    func send(_ script: KeyScript) async throws {
        var batch: [[String]] = []
        func flush() throws {
            guard !batch.isEmpty else { return }
            try server.run(batch)
            batch.removeAll()
        }
        for (index, step) in script.steps.enumerated() {
            switch step {
            case .text(let text):
                batch.append(["send-keys", "-t", paneID, "-l", "--", text])
            case .key(let name):
                batch.append(["send-keys", "-t", paneID, name])
                if name == "Escape", index + 1 < script.steps.count, script.steps[index + 1].isInput {
                    try flush()
                    try await Task.sleep(for: escapePause)
                }
            case .wait(let duration):
                try flush()
                try await Task.sleep(for: duration)
            }
        }
        try flush()
    }

    /// Types `text` exactly as given: no key names, a `<` is a `<`.
    func type(_ text: String) throws {
        try server.run(["send-keys", "-t", paneID, "-l", "--", text])
    }

    // MARK: Size

    /// Resizes the terminal; the program gets SIGWINCH. Throws unless the pane took the size.
    func resize(columns: Int, rows: Int) throws {
        try server.run(["resize-window", "-t", paneID, "-x", String(columns), "-y", String(rows)])
        let (actualColumns, actualRows) = try size()
        guard actualColumns == columns, actualRows == rows else {
            throw HarnessError.resizeNotApplied(expected: "\(columns)x\(rows)", actual: "\(actualColumns)x\(actualRows)")
        }
    }

    /// The pane's size as tmux sees it.
    func size() throws -> (columns: Int, rows: Int) {
        let output = try server.run(["display-message", "-p", "-t", paneID, "#{pane_width} #{pane_height}"])
        let fields = output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        guard fields.count == 2 else { throw HarnessError.unexpectedOutput(source: "tmux pane size", text: output) }
        return (fields[0], fields[1])
    }

    // MARK: Process

    /// The program's process ID, once the wrapper has started it.
    func programPID(timeout: Duration = .seconds(10)) async throws -> pid_t {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            if ContinuousClock.now >= deadline {
                throw HarnessError.programNotStarted(timeout: timeout, screen: (try? capture()) ?? "")
            }
            try await Task.sleep(for: .milliseconds(10))
        }
    }

    /// Sends `signal` to the program (not to the wrapper shell or tmux).
    ///
    /// Send it after the program has shown something: a signal that arrives in the instant
    /// between the wrapper's fork and the program's exec hits the wrapper's child shell instead.
    func signal(_ signal: Int32) async throws {
        let pid = try await programPID()
        guard kill(pid, signal) == 0 || errno == ESRCH else {
            throw HarnessError.signalFailed(signal: signal, pid: pid, errno: errno)
        }
    }

    /// Kills the program outright, as a power cut or the OOM killer would; `waitForExit` then
    /// returns 137.
    func kill9() async throws {
        try await signal(SIGKILL)
    }

    /// The exit status, as a shell reports it (128 + signal when killed), once the program
    /// ended and tmux has drawn everything it wrote; `nil` while it runs.
    func exitStatus() throws -> Int32? {
        let title = try server.run(["display-message", "-p", "-t", paneID, "#{pane_title}"])
            .trimmingCharacters(in: .newlines)
        guard title.hasPrefix(WrapperScript.exitTitlePrefix) else { return nil }
        return Int32(title.dropFirst(WrapperScript.exitTitlePrefix.count))
    }

    /// Waits for the program to end and returns its exit status (`EXIT=` on the screen).
    @discardableResult
    func waitForExit(timeout: Duration = .seconds(20)) async throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let status = try exitStatus() { return status }
            if ContinuousClock.now >= deadline {
                throw HarnessError.programDidNotExit(timeout: timeout, screen: (try? capture()) ?? "")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The state the program left the terminal in. Only meaningful after it exited.
    func terminalState() throws -> TerminalState {
        guard try exitStatus() != nil else { throw HarnessError.programStillRunning }
        let stty = (try? String(contentsOfFile: sttyFile, encoding: .utf8)) ?? ""
        let flags = try server.run(["display-message", "-p", "-t", paneID, "#{cursor_flag} #{alternate_on}"])
            .split(whereSeparator: \.isWhitespace)
        guard flags.count == 2 else {
            throw HarnessError.unexpectedOutput(source: "tmux cursor_flag alternate_on", text: flags.joined(separator: " "))
        }
        return TerminalState(sttyOutput: stty, cursorVisible: flags[0] == "1", alternateScreen: flags[1] == "1")
    }

    // MARK: Teardown

    /// Ends everything this session started and deletes its scratch directory. Idempotent.
    ///
    /// `kill-server` hangs up every pane, but a program that ignores SIGHUP would outlive it, and
    /// the server itself exits a moment after the client returns: so each known process is
    /// waited for and, if it lingers, killed.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        let programPID = (try? String(contentsOfFile: pidFile, encoding: .utf8))
            .flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        _ = try? server.run(["kill-server"], timeout: .seconds(2))
        for pid in [programPID, wrapperPID, serverPID].compactMap({ $0 }) {
            Self.ensureGone(pid)
        }
        ScratchDirectory.remove(directory)
    }

    /// Waits up to half a second for `pid` to disappear, then kills it.
    private static func ensureGone(_ pid: pid_t) {
        let deadline = ContinuousClock.now + .milliseconds(500)
        while isRunning(pid) {
            if ContinuousClock.now >= deadline {
                kill(pid, SIGKILL)
                return
            }
            usleep(5_000)
        }
    }

    /// Whether `pid` is alive; a zombie counts as gone (its parent may be a container's init
    /// that never reaps, and it can do nothing any more).
    private static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let nameEnd = stat.lastIndex(of: ")") else { return false }
        let state = stat[stat.index(after: nameEnd)...].drop(while: { $0 == " " }).first
        return state != "Z" && state != "X"
    }
}
