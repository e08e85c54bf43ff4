extension Key {
    /// How this key is written in a key script, e.g. `<Enter>`, `a`, `中`, `<lt>`, `<C-l>`; nil for
    /// a key that has no spelling ttybench reads back as the same key: a control character as
    /// text, `.control` with an upper-case letter (Ctrl keys are lower-case), Ctrl or Alt with `<`,
    /// `>`, `*` or white space, and function keys outside F1…F12.
    ///
    /// Plain characters are written as themselves; a character that joins the one before it (a
    /// lone combining mark) reads back as part of that one, as it would when typed.
    public var scriptToken: String? {
        switch self {
        case .character("<"):
            return "<lt>"
        case .character(let character):
            return character.isControl || character.isNewline ? nil : String(character)
        case .control(let character):
            guard KeyNames.canFollowModifier(character), character.lowercasedIfSingle == character else {
                return nil
            }
            return "<C-\(character)>"
        case .meta(let character):
            return KeyNames.canFollowModifier(character) ? "<M-\(character)>" : nil
        default:
            return KeyNames.named.first { $0.key == self }.map { "<\($0.spelling)>" }
        }
    }
}

extension KeyScript {
    /// The part ttybench understands (keys and waits only), in its syntax, so a script's keys can
    /// be typed into the real program with ttybench and timed. Captions, expectations, resizes,
    /// clock moves and what happens offstage are left out; so is any key without a
    /// ``Key/scriptToken``, which only steps
    /// built by hand can hold.
    ///
    /// The result is one line. ttybench has no comments, so text that begins with `#` is typed
    /// by ttybench but would be a comment if read back as a gongji script.
    public var ttybenchKeys: String {
        steps.compactMap { step in
            switch step {
            case .key(let key, _): key.scriptToken
            case .wait(let milliseconds, _): "<wait:\(milliseconds)>"
            case .caption, .englishCaption, .expect, .resize, .advanceClock, .offstage, .station: nil
            }
        }.joined()
    }
}
