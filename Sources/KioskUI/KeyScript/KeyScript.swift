/// A key script: what a person would type, plus what a replay should check and do on the way.
///
/// One language serves tests, demos, support and benchmarks. Its key part is exactly ttybench's,
/// so keys and waits can be handed to that tool (see ``ttybenchKeys``); gongji adds directives
/// that only a replay understands.
///
/// **Lines.** A line whose first character other than spaces and tabs is `#` is a comment. Line
/// breaks type nothing: the lines are read one after another as if joined, so Enter is written
/// `<Enter>`. No token spans a line break. (To type `#` as the first key of a line, write it at the
/// end of the line before, or after a `<wait:0>`.)
///
/// **Plain text.** Every character (grapheme) is one key, Chinese characters and spaces
/// included. A literal tab is the Tab key; other control characters are refused.
///
/// **Named keys**, in angle brackets, any case: `<Enter> <Tab> <STab> <Esc> <BS> <Space> <Up>
/// <Down> <Left> <Right> <Home> <End> <PgUp> <PgDn> <Ins> <Del> <F1>`…`<F12>`, `<C-x>` (Ctrl,
/// lower-cased), `<M-x>` (Alt, case kept) and `<lt>` for `<`. `<Name*N>` presses a named key N
/// times (1 to ``maximumRepeatCount``). A `<` that does not open a well-formed `<name>` (one or
/// more characters other than `<`, `>` and white space, then `>`) is typed as itself, so `a<b`
/// and `< Enter>` are plain text; a well-formed name that is not a key is an error. A `>` outside
/// a directive is typed as itself.
///
/// **Directives**, opened by their name and a colon in any case and closed by the first `>` on
/// the same line:
/// - `<wait:MS>` pauses MS milliseconds (ttybench knows this one too);
/// - `<caption:文字>` shows a demo caption and `<caption-en:text>` its English; `<expect:文字>`
///   fails a replay unless the text is on screen. Their text may hold any character but `>`, which always closes the directive; write
///   `<gt>` for a `>` and `<lt>` for a `<` in the text (a bare `<` that opens no name is kept as
///   is). Any other `<name>` inside the text is an error, since it is nearly always a key name
///   that would be shown instead of pressed.
/// - `<resize:WxH>` gives the terminal W columns and H rows (1 to ``maximumTerminalSide``);
/// - `<clock:+N unit>` moves the virtual clock forward by N (at least 1) seconds `s`, minutes `m`,
///   hours `h`, days `d` or working days `wd`, e.g. `<clock:+90s>`, `<clock:+3wd>`;
/// - `<review:approve 2>`, `<review:reject 1 PROOF_MISSING>`, `<settle:ID YUAN hospital|pharmacy BILL>`
///   and `<refund:BILL YUAN REFUND>` happen away from the kiosk (``OffstageAction``);
/// - `<station:counter>` and `<station:kiosk>` say which program the keys go to (``Station``).
public struct KeyScript: Hashable, Sendable {
    public var steps: [KeyScriptStep]

    /// The largest `N` in `<Name*N>`. A script is text anyone may hand to the kiosk: a typo such
    /// as `<Down*1000000000>` must fail to parse rather than fill memory.
    public static let maximumRepeatCount = 9_999

    /// The largest width or height `<resize:WxH>` accepts, for the same reason.
    public static let maximumTerminalSide = 9_999

    public init(steps: [KeyScriptStep]) {
        self.steps = steps
    }

    /// Reads a script, or reports the first problem with its line and column.
    public init(parsing text: String) throws(KeyScriptError) {
        var steps: [KeyScriptStep] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        for (offset, text) in lines.enumerated() {
            let line = ScriptLine(text, number: offset + 1)
            guard !line.isComment else { continue }
            steps += try line.steps()
        }
        self.steps = steps
    }
}
