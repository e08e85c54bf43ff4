/// gongji's own `<name:argument>` forms, which ttybench does not know. Each is opened by its name
/// and a colon (in any case) and closed by the first `>` on the same line.
enum Directive: String, CaseIterable, Sendable {
    case wait, caption, expect, resize, clock
    /// The English of the caption before it: a walkthrough speaks both languages.
    case englishCaption = "caption-en"
    /// What happens away from the kiosk (see ``OffstageAction``).
    case review, settle, refund
    /// Which program the keys go to (see ``Station``).
    case station

    /// Caption and expect texts are free text; the others take one short argument.
    var takesText: Bool { self == .caption || self == .englishCaption || self == .expect }

    /// The step a directive stands for, or the problem with its argument.
    func step(argument: String, at position: SourcePosition) throws(KeyScriptError) -> KeyScriptStep {
        guard !argument.allSatisfy(\.isWhitespace) else {
            throw KeyScriptError(.emptyDirective(rawValue), at: position)
        }
        switch self {
        case .caption:
            return .caption(argument, position)
        case .englishCaption:
            return .englishCaption(argument, position)
        case .station:
            guard let station = Station(rawValue: argument.lowercased()) else {
                throw KeyScriptError(.badStation(argument), at: position)
            }
            return .station(station, position)
        case .review, .settle, .refund:
            guard let action = OffstageAction.parse(self, argument: argument) else {
                throw KeyScriptError(.badOffstage(rawValue, argument), at: position)
            }
            return .offstage(action, position)
        case .expect:
            return .expect(argument, position)
        case .wait:
            guard let milliseconds = DirectiveArgument.wholeNumber(argument) else {
                throw KeyScriptError(.badWait(argument), at: position)
            }
            return .wait(milliseconds: milliseconds, position)
        case .resize:
            guard let (columns, rows) = DirectiveArgument.size(argument) else {
                throw KeyScriptError(.badResize(argument), at: position)
            }
            return .resize(columns: columns, rows: rows, position)
        case .clock:
            guard let advance = DirectiveArgument.clockAdvance(argument) else {
                throw KeyScriptError(.badClock(argument), at: position)
            }
            return .advanceClock(advance, position)
        }
    }
}

/// The small grammars inside `<wait:…>`, `<resize:…>` and `<clock:…>`. They are strict (ASCII
/// digits only, no signs or spaces where none belong) because a script that a person misreads
/// is worse than one that is refused.
enum DirectiveArgument {
    /// ASCII digits that fit an `Int`, e.g. `500`.
    static func wholeNumber(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }

    static func wholeNumber(_ text: String) -> Int? { wholeNumber(text[...]) }

    /// `80x24` (or `80X24`): columns, then rows, each from 1 to ``KeyScript/maximumTerminalSide``.
    static func size(_ text: String) -> (columns: Int, rows: Int)? {
        let sides = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard sides.count == 2,
              let columns = wholeNumber(sides[0]), let rows = wholeNumber(sides[1]),
              [columns, rows].allSatisfy((1...KeyScript.maximumTerminalSide).contains)
        else { return nil }
        return (columns, rows)
    }

    /// `+90s`, `+30m`, `+2h`, `+1d`, `+3wd`: a plus (a clock only moves forward), a positive count
    /// and a unit, any case. Fixed lengths become seconds; working days stay working days.
    static func clockAdvance(_ text: String) -> ClockAdvance? {
        guard text.first == "+" else { return nil }
        let body = text.dropFirst()
        let digits = body.prefix { $0.isASCII && $0.isNumber }
        guard let count = wholeNumber(digits), count > 0 else { return nil }
        let unit = body.dropFirst(digits.count).lowercased()
        if unit == "wd" { return .workingDays(count) }
        guard let unitSeconds = secondsPerUnit[unit] else { return nil }
        let (seconds, overflow) = count.multipliedReportingOverflow(by: unitSeconds)
        return overflow ? nil : .seconds(seconds)
    }

    private static let secondsPerUnit: [String: Int] = ["s": 1, "m": 60, "h": 3_600, "d": 86_400]
}
