extension TmuxSession {
    /// Starts the program under test (see `ProgramUnderTest`) in a new terminal.
    ///
    /// `SWIFT_BACKTRACE=interactive=no` is always set: a trapping Swift program with a terminal
    /// attached would otherwise stop at an interactive backtrace prompt and the test would wait
    /// for a keypress instead of seeing the crash. Fails, never skips, when there is no binary.
    static func gongji(
        _ arguments: [String] = [],
        columns: Int = 80,
        rows: Int = 24,
        environment: [String: String] = [:],
        term: String = "tmux-256color"
    ) throws -> TmuxSession {
        let binary = try ProgramUnderTest.gongji()
        return try TmuxSession(
            [binary] + arguments,
            columns: columns,
            rows: rows,
            environment: ["SWIFT_BACKTRACE": "interactive=no"].merging(environment) { _, given in given },
            term: term
        )
    }
}
