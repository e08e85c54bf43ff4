/// Why a key script could not be read, and where.
///
/// The description is plain English for developers, support staff and the command line; the
/// kiosk's own wording for the public lives with the screens.
public struct KeyScriptError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The start of the offending token: its `<`, or the character itself.
    public var position: SourcePosition
    public var problem: Problem

    public init(_ problem: Problem, at position: SourcePosition) {
        self.problem = problem
        self.position = position
    }

    /// What is wrong. Each case carries the text as written, so the message can quote it.
    public enum Problem: Hashable, Sendable {
        /// `<Name>` is well formed but names no key, e.g. `<Foo>` or `<wait>`.
        case unknownKeyName(String)
        /// The count after `*` is not a whole number from 1 to ``KeyScript/maximumRepeatCount``.
        case badRepeatCount(String)
        /// The argument of `<wait:MS>` is not a whole number of milliseconds.
        case badWait(String)
        /// The argument of `<resize:WxH>` is not two sizes joined by `x`.
        case badResize(String)
        /// The argument of `<clock:+N unit>` is not `+`, a positive count and a known unit.
        case badClock(String)
        /// A directive has nothing (or only spaces) after its colon; carries the directive's name.
        case emptyDirective(String)
        /// A directive is not closed by `>` on its own line; carries the directive's name.
        case unterminated(String)
        /// Directive text holds a `<name>` other than `<lt>` or `<gt>`; carries the name.
        case unknownEscape(String)
        /// An invisible control character was typed into the script itself.
        case controlCharacter(Character)
        /// `<review:…>`, `<settle:…>` or `<refund:…>` is not in its form; carries the name and argument.
        case badOffstage(String, String)
        /// `<station:…>` names no program; carries the argument.
        case badStation(String)
    }

    /// `line 3, column 14: unknown key <Foo>`.
    public var description: String {
        "line \(position.line), column \(position.column): \(problem)"
    }
}

extension KeyScriptError.Problem: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unknownKeyName(let name) where name.lowercased() == "gt":
            "unknown key <\(name)>: outside directive text a > is typed as itself"
        case .unknownKeyName(let name):
            "unknown key <\(name)>"
        case .badRepeatCount(let count):
            "repeat count \"\(count)\" is not a whole number from 1 to \(KeyScript.maximumRepeatCount)"
        case .badWait(let argument):
            "wait \"\(argument)\" is not a whole number of milliseconds, as in <wait:500>"
        case .badResize(let argument):
            "resize \"\(argument)\" is not columns x rows from 1 to \(KeyScript.maximumTerminalSide), "
                + "as in <resize:80x24>"
        case .badClock(let argument):
            "clock \"\(argument)\" is not + a positive count and a unit (s, m, h, d or wd), "
                + "as in <clock:+3wd>"
        case .emptyDirective(let name):
            "<\(name):> needs something after the colon"
        case .unterminated(let name):
            "<\(name): is not closed by > on the same line"
        case .unknownEscape(let name):
            "<\(name)> cannot stand in directive text: only <lt> and <gt> can, "
                + "so write <lt>\(name)<gt> to show it"
        case .badOffstage(let name, let argument):
            "\(name) \"\(argument)\" is not written as "
                + OffstageAction.usage(of: Directive(rawValue: name) ?? .refund)
        case .badStation(let argument):
            "station \"\(argument)\" is neither kiosk nor counter, as in <station:counter>"
        case .controlCharacter(let character):
            "control character U+\(character.scalarCodes) in the script: write a named key such as <C-x>"
        }
    }
}

private extension Character {
    /// `001B` for ESC: how a control character is named, since it cannot be shown.
    var scalarCodes: String {
        unicodeScalars.map { scalar in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }.joined(separator: " U+")
    }
}
