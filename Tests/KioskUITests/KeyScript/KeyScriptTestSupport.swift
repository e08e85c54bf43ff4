@testable import KioskUI

extension KeyScriptStep {
    /// The step with its position blanked, for tests about what was read rather than where.
    var unplaced: KeyScriptStep {
        let nowhere = SourcePosition(line: 0, column: 0)
        return switch self {
        case .key(let key, _): .key(key, nowhere)
        case .wait(let milliseconds, _): .wait(milliseconds: milliseconds, nowhere)
        case .caption(let text, _): .caption(text, nowhere)
        case .englishCaption(let text, _): .englishCaption(text, nowhere)
        case .offstage(let action, _): .offstage(action, nowhere)
        case .station(let station, _): .station(station, nowhere)
        case .expect(let text, _): .expect(text, nowhere)
        case .resize(let columns, let rows, _): .resize(columns: columns, rows: rows, nowhere)
        case .advanceClock(let advance, _): .advanceClock(advance, nowhere)
        }
    }
}

extension KeyScript {
    /// The steps without positions.
    var unplacedSteps: [KeyScriptStep] { steps.map(\.unplaced) }

    /// The keys alone, for scripts that hold nothing else.
    var keys: [Key] {
        steps.compactMap { step in
            if case .key(let key, _) = step { key } else { nil }
        }
    }
}

/// A position-less key step, to write expectations briefly.
func press(_ key: Key) -> KeyScriptStep { .key(key, SourcePosition(line: 0, column: 0)) }

/// Parses `text`, returning the error it raises, or nil when it parses.
func parseError(_ text: String) -> KeyScriptError? {
    do {
        _ = try KeyScript(parsing: text)
        return nil
    } catch {
        return error
    }
}
