/// One line of a key script and the rules for reading it. Tokens never cross a line break, so a
/// forgotten `>` is caught on its own line instead of swallowing the rest of the script.
struct ScriptLine {
    let characters: [Character]
    let number: Int

    init(_ text: Substring, number: Int) {
        self.characters = Array(text)
        self.number = number
    }

    /// A line whose first character other than spaces and tabs is `#`.
    var isComment: Bool {
        characters.first { $0 != " " && $0 != "\t" } == "#"
    }

    /// The steps this line stands for, left to right.
    func steps() throws(KeyScriptError) -> [KeyScriptStep] {
        var steps: [KeyScriptStep] = []
        var index = 0
        while index < characters.count {
            let position = position(of: index)
            if let (directive, argumentStart) = directive(at: index) {
                let (argument, closing) = try argument(of: directive, from: argumentStart, openedAt: index)
                steps.append(try directive.step(argument: argument, at: position))
                index = closing + 1
            } else if let (token, closing) = bracketedToken(at: index) {
                let (key, count) = try namedKey(token, at: position)
                steps += repeatElement(.key(key, position), count: count)
                index = closing + 1
            } else {
                steps.append(.key(try plainKey(characters[index], at: position), position))
                index += 1
            }
        }
        return steps
    }

    func position(of index: Int) -> SourcePosition {
        SourcePosition(line: number, column: index + 1)
    }

    // MARK: Tokens

    /// The directive opened at `index` (`<`, a directive's name in any case, `:`) and where its
    /// argument starts.
    private func directive(at index: Int) -> (Directive, argumentStart: Int)? {
        guard characters[index] == "<" else { return nil }
        for directive in Directive.allCases {
            let opening = directive.rawValue + ":"
            let end = index + 1 + opening.count
            guard end <= characters.count else { continue }
            if String(characters[(index + 1)..<end]).lowercased() == opening {
                return (directive, end)
            }
        }
        return nil
    }

    /// A well-formed `<name>` at `index`, as ttybench tokenizes: one or more characters other than
    /// `<`, `>` and white space, then `>`. Returns the name and the index of the closing `>`.
    private func bracketedToken(at index: Int) -> (String, closing: Int)? {
        guard characters[index] == "<" else { return nil }
        var end = index + 1
        while end < characters.count, !Self.endsName(characters[end]) { end += 1 }
        guard end > index + 1, end < characters.count, characters[end] == ">" else { return nil }
        return (String(characters[(index + 1)..<end]), end)
    }

    private static func endsName(_ character: Character) -> Bool {
        character == "<" || character == ">" || character.isWhitespace
    }

    /// `Name` or `Name*N`: the key and how many times it is pressed. As in ttybench, the count
    /// follows the first `*`, and the name is checked before the count.
    private func namedKey(_ token: String, at position: SourcePosition) throws(KeyScriptError) -> (Key, Int) {
        let star = token.firstIndex(of: "*")
        let name = token[..<(star ?? token.endIndex)]
        guard let key = KeyNames.key(named: name) else {
            throw KeyScriptError(.unknownKeyName(String(name)), at: position)
        }
        guard let star else { return (key, 1) }
        let countText = token[token.index(after: star)...]
        guard let count = DirectiveArgument.wholeNumber(countText),
              (1...KeyScript.maximumRepeatCount).contains(count)
        else { throw KeyScriptError(.badRepeatCount(String(countText)), at: position) }
        return (key, count)
    }

    /// A character typed as itself. A literal tab is the Tab key, as ttybench sends it; any other
    /// control character is refused, since nobody can see it in the script.
    private func plainKey(_ character: Character, at position: SourcePosition) throws(KeyScriptError) -> Key {
        if character == "\t" { return .tab }
        guard !character.isControl else {
            throw KeyScriptError(.controlCharacter(character), at: position)
        }
        return .character(character)
    }

    // MARK: Directive arguments

    /// The argument of a directive and the index of the `>` that closes it.
    private func argument(
        of directive: Directive, from start: Int, openedAt opening: Int
    ) throws(KeyScriptError) -> (String, closing: Int) {
        directive.takesText
            ? try text(of: directive, from: start, openedAt: opening)
            : try plainArgument(of: directive, from: start, openedAt: opening)
    }

    /// Everything up to the first `>`: these arguments never contain brackets.
    private func plainArgument(
        of directive: Directive, from start: Int, openedAt opening: Int
    ) throws(KeyScriptError) -> (String, closing: Int) {
        guard let closing = characters[start...].firstIndex(of: ">") else {
            throw KeyScriptError(.unterminated(directive.rawValue), at: position(of: opening))
        }
        return (String(characters[start..<closing]), closing)
    }

    /// Caption and expect text up to the first bare `>`. Inside it `<lt>` and `<gt>` stand for
    /// `<` and `>`; a `<` that does not open a well-formed name is itself; any other `<name>` is
    /// refused, because it is almost always a key name written where it would be shown instead.
    private func text(
        of directive: Directive, from start: Int, openedAt opening: Int
    ) throws(KeyScriptError) -> (String, closing: Int) {
        var text = ""
        var index = start
        while index < characters.count {
            let character = characters[index]
            if character == ">" { return (text, index) }
            if let (name, closing) = bracketedToken(at: index) {
                switch name.lowercased() {
                case "lt": text.append("<")
                case "gt": text.append(">")
                default: throw KeyScriptError(.unknownEscape(name), at: position(of: index))
                }
                index = closing + 1
            } else {
                guard character == "\t" || !character.isControl else {
                    throw KeyScriptError(.controlCharacter(character), at: position(of: index))
                }
                text.append(character)
                index += 1
            }
        }
        throw KeyScriptError(.unterminated(directive.rawValue), at: position(of: opening))
    }
}
