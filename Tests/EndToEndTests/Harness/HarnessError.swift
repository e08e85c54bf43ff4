import Glibc

/// Everything the end-to-end harness can report as a failure.
///
/// Each case carries enough context to diagnose a failure from the test log alone: the command
/// that was run, what it printed, and for screen waits the last screen that was seen.
enum HarnessError: Error, CustomStringConvertible {
    /// tmux is missing; the end-to-end tests cannot run without it.
    case tmuxMissing
    /// The program under test was not found at any of the places that were looked at.
    case programNotFound(searched: [String])
    /// A process could not be started at all.
    case spawnFailed(command: [String], errno: Int32)
    /// `kill` refused to deliver a signal to the program.
    case signalFailed(signal: Int32, pid: Int32, errno: Int32)
    /// A helper process ran past its time limit and was killed.
    case processTimedOut(command: [String], timeout: Duration, stdout: String, stderr: String)
    /// A helper command (usually tmux) ended unsuccessfully.
    case commandFailed(command: [String], status: ExitStatus, stdout: String, stderr: String)
    /// Text never appeared on the screen in time.
    case textNotShown(text: String, timeout: Duration, screen: String)
    /// The program did not end in time.
    case programDidNotExit(timeout: Duration, screen: String)
    /// The program's process ID was never written by the wrapper shell.
    case programNotStarted(timeout: Duration, screen: String)
    /// A key script could not be parsed.
    case invalidKeyScript(script: String, reason: String)
    /// The pane did not take the size that was asked for.
    case resizeNotApplied(expected: String, actual: String)
    /// The terminal state was asked for while the program was still running.
    case programStillRunning
    /// tmux answered something the harness does not understand.
    case unexpectedOutput(source: String, text: String)

    static let tmuxMissingMessage = "tmux is not installed: run the README's test command, which installs it"

    var description: String {
        switch self {
        case .tmuxMissing:
            return Self.tmuxMissingMessage
        case .programNotFound(let searched):
            return """
                the program under test was not found; build it first (swift build) \
                or set GONGJI_BINARY. Looked at:
                \(searched.map { "  " + $0 }.joined(separator: "\n"))
                """
        case .spawnFailed(let command, let errno):
            return "could not start \(command.joined(separator: " ")): \(String(cString: strerror(errno)))"
        case .signalFailed(let signal, let pid, let errno):
            return "could not send signal \(signal) to the program (process \(pid)): \(String(cString: strerror(errno)))"
        case .processTimedOut(let command, let timeout, let stdout, let stderr):
            return """
                \(command.joined(separator: " ")) ran longer than \(timeout) and was killed
                stdout: \(stdout)
                stderr: \(stderr)
                """
        case .commandFailed(let command, let status, let stdout, let stderr):
            return """
                \(command.joined(separator: " ")) failed (\(status))
                stdout: \(stdout)
                stderr: \(stderr)
                """
        case .textNotShown(let text, let timeout, let screen):
            return "\"\(text)\" was not on the screen within \(timeout). Last screen:\n\(Screen.framed(screen))"
        case .programDidNotExit(let timeout, let screen):
            return "the program did not exit within \(timeout). Last screen:\n\(Screen.framed(screen))"
        case .programNotStarted(let timeout, let screen):
            return "the program did not start within \(timeout). Last screen:\n\(Screen.framed(screen))"
        case .invalidKeyScript(let script, let reason):
            return "invalid key script \"\(script)\": \(reason)"
        case .resizeNotApplied(let expected, let actual):
            return "the pane is \(actual) after resizing to \(expected)"
        case .programStillRunning:
            return "the terminal state can only be read after the program has exited (use waitForExit first)"
        case .unexpectedOutput(let source, let text):
            return "could not understand \(source): \"\(text)\""
        }
    }
}
