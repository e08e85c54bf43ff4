/// A key script in ttybench's syntax, translated to what `tmux send-keys` understands.
///
/// Plain characters are typed literally; named keys sit in angle brackets, case-insensitive:
/// `<Enter> <Tab> <STab> <Esc> <BS> <Space> <Up> <Down> <Left> <Right> <Home> <End> <PgUp>
/// <PgDn> <Ins> <Del> <F1>…<F12> <C-x> <M-x> <lt>`; `<Name*N>` repeats a key N times and
/// `<wait:MS>` pauses. A `<` that does not open a `<name>` is typed as is; an unknown name is an
/// error rather than text, because tmux itself would silently type an unknown key name letter by
/// letter and the test would go on with the wrong input.
struct KeyScript: Equatable {
    enum Step: Equatable {
        /// Characters typed one after another, sent with `send-keys -l`.
        case text(String)
        /// One key by its tmux name (`Enter`, `BTab`, `C-x`, `F5`, …).
        case key(String)
        /// A pause between keys.
        case wait(Duration)

        /// Whether the step sends something to the program (rather than pausing).
        var isInput: Bool {
            if case .wait = self { return false }
            return true
        }
    }

    let steps: [Step]

    init(_ script: String) throws {
        var steps: [Step] = []
        var rest = Substring(script)
        while let first = rest.first {
            if first == "<", let close = rest.dropFirst().firstIndex(where: { $0 == ">" || $0 == "<" || $0.isWhitespace }),
               rest[close] == ">", close > rest.index(after: rest.startIndex) {
                let token = String(rest[rest.index(after: rest.startIndex)..<close])
                steps += try Self.steps(forToken: token, in: script)
                rest = rest[rest.index(after: close)...]
            } else {
                steps.append(.text(String(first)))
                rest = rest.dropFirst()
            }
        }
        self.steps = Self.joiningText(steps)
    }

    /// tmux's names for ttybench's named keys (lowercased), apart from `C-`, `M-`, `lt`, `wait:`.
    static let tmuxNames: [String: String] = {
        var names = [
            "enter": "Enter", "tab": "Tab", "stab": "BTab", "esc": "Escape", "bs": "BSpace",
            "space": "Space", "up": "Up", "down": "Down", "left": "Left", "right": "Right",
            "home": "Home", "end": "End", "pgup": "PPage", "pgdn": "NPage", "ins": "IC", "del": "DC",
        ]
        for number in 1...12 { names["f\(number)"] = "F\(number)" }
        return names
    }()

    private static func steps(forToken token: String, in script: String) throws -> [Step] {
        let parts = token.split(separator: "*", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        let lowered = name.lowercased()
        if lowered.hasPrefix("wait:") {
            guard parts.count == 1, let milliseconds = Int(name.dropFirst(5)), milliseconds >= 0 else {
                throw HarnessError.invalidKeyScript(script: script, reason: "<\(token)> needs a whole number of milliseconds")
            }
            return [.wait(.milliseconds(milliseconds))]
        }
        var repeats = 1
        if parts.count == 2 {
            guard let count = Int(parts[1]), count > 0 else {
                throw HarnessError.invalidKeyScript(script: script, reason: "<\(token)> needs a positive repeat count")
            }
            repeats = count
        }
        let step: Step
        if lowered == "lt" {
            step = .text("<")
        } else if let tmuxName = tmuxNames[lowered] {
            step = .key(tmuxName)
        } else if name.count == 3, lowered.hasPrefix("c-") {
            // Control keys ignore case, as on a keyboard: <C-A> is Ctrl-A, not Ctrl-Shift-A.
            step = .key("C-" + name.suffix(1).lowercased())
        } else if name.count == 3, lowered.hasPrefix("m-") {
            // Meta keeps the case: <M-A> is ESC followed by a capital A.
            step = .key("M-" + name.suffix(1))
        } else {
            throw HarnessError.invalidKeyScript(script: script, reason: "unknown key <\(token)>")
        }
        return Array(repeating: step, count: repeats)
    }

    /// Merges neighbouring text steps, so a word is one `send-keys -l` rather than one per letter.
    private static func joiningText(_ steps: [Step]) -> [Step] {
        var joined: [Step] = []
        for step in steps {
            if case .text(let more) = step, case .text(let text)? = joined.last {
                joined[joined.count - 1] = .text(text + more)
            } else {
                joined.append(step)
            }
        }
        return joined
    }
}
