/// The state a program left its terminal in, read after it exited.
///
/// A kiosk that dies with echo off, in raw mode, with the cursor hidden or on the alternate
/// screen leaves the next person an unusable terminal. The tty modes come from `stty -a`, run by
/// the wrapper shell in the program's own pane right after it ended; the screen modes come from
/// tmux's view of that same pane (`#{cursor_flag}`, `#{alternate_on}`).
struct TerminalState: Equatable, CustomStringConvertible {
    /// The tty modes a shell expects and `endwin`/`stty sane` bring back: `true` when set.
    var modes: [String: Bool]
    var cursorVisible: Bool
    var alternateScreen: Bool

    /// The modes that must be on for a person to type at a shell prompt again.
    static let requiredModes = ["echo", "icanon", "isig", "icrnl", "opost", "onlcr"]

    init(modes: [String: Bool], cursorVisible: Bool, alternateScreen: Bool) {
        self.modes = modes
        self.cursorVisible = cursorVisible
        self.alternateScreen = alternateScreen
    }

    /// Reads the modes out of `stty -a` output: each mode is a word, negated with a leading `-`.
    init(sttyOutput: String, cursorVisible: Bool, alternateScreen: Bool) {
        var modes: [String: Bool] = [:]
        let words = sttyOutput.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        for word in words where Self.requiredModes.contains(word.trimmingPrefix("-").lowercased()) {
            modes[String(word.trimmingPrefix("-"))] = !word.hasPrefix("-")
        }
        self.init(modes: modes, cursorVisible: cursorVisible, alternateScreen: alternateScreen)
    }

    /// What is wrong, in words; empty when the terminal is usable.
    var problems: [String] {
        var problems: [String] = []
        for mode in Self.requiredModes where modes[mode] != true {
            problems.append(modes[mode] == nil ? "\(mode) not reported by stty" : "\(mode) is off")
        }
        if !cursorVisible { problems.append("the cursor is hidden") }
        if alternateScreen { problems.append("the alternate screen is still on") }
        return problems
    }

    /// Whether the program gave the terminal back as it found it.
    var isRestored: Bool { problems.isEmpty }

    var description: String {
        isRestored ? "terminal restored" : "terminal not restored: " + problems.joined(separator: ", ")
    }
}
