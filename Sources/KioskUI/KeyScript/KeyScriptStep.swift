/// One thing a replay does, in script order. Every step remembers where it was written, so a
/// replay that fails (an `expect` whose text is not on screen) can say which line to fix.
public enum KeyScriptStep: Hashable, Sendable {
    /// Press a key once. `<Down*3>` becomes three of these at the same position.
    case key(Key, SourcePosition)
    /// `<wait:MS>`: let time pass before the next key (ttybench sleeps; a replay advances its clock).
    case wait(milliseconds: Int, SourcePosition)
    /// `<caption:文字>`: a line of explanation shown during a demo; it types nothing.
    case caption(String, SourcePosition)
    /// `<caption-en:text>`: the same explanation in English, for a demo played in English.
    case englishCaption(String, SourcePosition)
    /// `<expect:文字>`: the replay fails unless this text is on screen at this point.
    case expect(String, SourcePosition)
    /// `<resize:WxH>`: the terminal takes a new size, as when a window is dragged.
    case resize(columns: Int, rows: Int, SourcePosition)
    /// `<clock:+N unit>`: the virtual clock jumps forward, so expiry and deadlines can be reached.
    case advanceClock(ClockAdvance, SourcePosition)
    /// `<review:…>`, `<settle:…>`, `<refund:…>`: something done to the store, away from the kiosk.
    case offstage(OffstageAction, SourcePosition)
    /// `<station:counter>`, `<station:kiosk>`: the program the following keys go to.
    case station(Station, SourcePosition)

    /// Where the step was written.
    public var position: SourcePosition {
        switch self {
        case .key(_, let position), .wait(_, let position), .caption(_, let position),
             .englishCaption(_, let position), .expect(_, let position), .resize(_, _, let position),
             .advanceClock(_, let position), .offstage(_, let position), .station(_, let position):
            position
        }
    }
}

/// How far `<clock:+N unit>` moves the virtual clock.
///
/// Minutes, hours and days are fixed lengths of elapsed time and become seconds. Working days are
/// not: how many calendar days they span depends on weekends and the holiday calendar, which only
/// the domain knows, so they stay a count for the replay to resolve.
public enum ClockAdvance: Hashable, Sendable {
    case seconds(Int)
    case workingDays(Int)
}
