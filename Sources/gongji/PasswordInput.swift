import Foundation
import Glibc

/// Where a command finds a password: an environment variable (for scripts and tests), else the
/// terminal, asked on standard error with echo off. Never an argument, which any user of the
/// machine could read in the process list.
enum PasswordInput {
    /// The password for `purpose` from `variable`, or typed at the terminal (twice when
    /// `confirm`, so a slip is not made the password).
    static func read(_ purpose: String, from variable: String, confirm: Bool = false) throws -> String {
        if let given = ProcessInfo.processInfo.environment[variable], !given.isEmpty { return given }
        guard isatty(STDIN_FILENO) == 1 else {
            throw CommandFailure(message: "give the \(purpose) in \(variable), or run the command at a terminal")
        }
        let first = try prompt("\(purpose.prefix(1).uppercased() + purpose.dropFirst()): ")
        if confirm, try prompt("The same again: ") != first {
            throw CommandFailure(message: "the two passwords differ; nothing was changed")
        }
        return first
    }

    private static func prompt(_ text: String) throws -> String {
        FileHandle.standardError.write(Data(text.utf8))
        var saved = termios()
        tcgetattr(STDIN_FILENO, &saved)
        var silent = saved
        silent.c_lflag &= ~tcflag_t(ECHO)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent)
        defer {
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = Swift.readLine(strippingNewline: true) else {
            throw CommandFailure(message: "no password was typed; nothing was changed")
        }
        return line
    }
}
