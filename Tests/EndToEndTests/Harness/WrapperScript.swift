/// The shell script a session's pane runs: the program under test, and what happens after it.
///
/// - The program runs in the foreground of the pane's terminal (it owns the tty like any
///   program started from a shell), under `env -i` so its environment is exactly the one given.
/// - A child shell writes its own process ID and then `exec`s the program, so that ID is the
///   program's: signals go to the program, never to the wrapper.
/// - The wrapper handles SIGINT and SIGQUIT with a no-op trap, so Ctrl-C typed at a program that
///   does not catch it ends that program (`EXIT=130`) but not the wrapper. A trap, unlike an
///   ignored signal, is reset to the default in the program at `exec`.
/// - After the program: `stty -a` in the same terminal goes to a file, then the pane's title is
///   set to `e2e-exit:<status>` and `EXIT=<status>` is printed. The title is the signal the
///   harness waits for: tmux parses the pane's output in order, so once the title shows, every
///   byte the program wrote has been applied to the screen tmux reports. `CAN` first cancels
///   any escape sequence a killed program left half-written.
/// - Then the wrapper idles, keeping the pane and its screen for inspection.
enum WrapperScript {
    /// The pane title prefix that carries the exit status.
    static let exitTitlePrefix = "e2e-exit:"

    static func text(command: [String], environment: [String: String], pidFile: String, sttyFile: String) -> String {
        let assignments = environment.sorted { $0.key < $1.key }.map { quoted("\($0.key)=\($0.value)") }
        let program = ["/usr/bin/env", "-i"] + assignments + command.map(quoted)
        return """
            trap : INT QUIT
            /bin/sh -c 'echo $$ > "$1.tmp" && mv -f "$1.tmp" "$1" && shift && exec "$@"' sh \(quoted(pidFile)) \\
              \(program.joined(separator: " "))
            status=$?
            stty -a > \(quoted(sttyFile)) 2>&1
            printf '\\030\\033]2;\(exitTitlePrefix)%s\\033\\\\\\nEXIT=%s\\n' "$status" "$status"
            while :; do sleep 3600; done

            """
    }

    /// Quotes one word for the POSIX shell: inside single quotes only `'` itself is special.
    static func quoted(_ word: String) -> String {
        "'" + word.replacing("'", with: "'\\''") + "'"
    }
}
