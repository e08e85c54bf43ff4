import FamilyAid
import Foundation
import KioskFrame
import KioskUI

/// What a fuzz run sends: random input as a public hall produces it — mashed keys, pastes,
/// taps anywhere, a terminal resized to any size, time passing — mixed with the few things a
/// person types on purpose (a real ID number, the PIN), so that the run gets past sign-in and
/// reaches the screens behind it.
struct FuzzInput {
    /// One thing that happens to the program between two frames.
    enum Step {
        case event(Event)
        /// Text typed (or pasted) a grapheme at a time.
        case typing(String)
        /// Keys pressed one after another, as a person who knows the way presses them.
        case keys([Key])
        /// Time passes by this many seconds (ticks wake the program at each moment it asked for).
        case wait(TimeInterval)
    }

    /// Strings a person or a reader would type on purpose: what makes a run go deep.
    let phrases: [String]
    /// Whole ways in (signing in as a known person, say), so that a run spends its events on the
    /// screens behind the door rather than in front of it.
    let ways: [[Key]]

    /// `ways` are written as key-script lines (`1<Enter>123456<Enter>`).
    init(phrases: [String], ways: [String]) {
        self.phrases = phrases
        self.ways = ways.map { line in
            ((try? KeyScript(parsing: line))?.steps ?? []).compactMap { step in
                if case .key(let key, _) = step { return key }
                return nil
            }
        }
    }

    /// The keys a kiosk's keyboard, PIN pad or a stuck key can send; digits come most often, as
    /// on a PIN pad, since menus choose by digit.
    static let keys: [Key] = {
        var keys: [Key] = (0...9).map { .character(Character("\($0)")) }
        keys += keys
        keys += [.enter, .enter, .enter, .escape, .tab, .backTab, .backspace, .delete, .insert,
                 .up, .down, .left, .right, .home, .end, .pageUp, .pageDown]
        keys += (1...12).map { .function($0) }
        keys += [.control("l"), .control("a"), .control("e"), .control("c"), .control("z"), .meta("x"), .meta("[")]
        return keys
    }()

    /// Graphemes that have broken terminal programs: control characters and escape sequences,
    /// right-to-left marks, zero-width joiners, combining marks, full-width digits and letters,
    /// middle dots, wide and ambiguous-width symbols, emoji.
    static let hostileCharacters: [Character] = [
        "\u{1B}", "\u{07}", "\u{08}", "\u{7F}", "\u{9B}", "\u{0}", "\r", "\t",
        "\u{200F}", "\u{202E}", "\u{200D}", "\u{200B}", "\u{FEFF}", "e\u{301}", "\u{301}",
        "０", "９", "Ｘ", "ｘ", "·", "•", "・", "‧", "共", "济", "𠀀", "※", "①", "☆", "👨‍👩‍👧", "🇨🇳",
        "x", "X", "*", " ", "-", "<", "%", "\\", "\"",
    ]

    /// Pastes a person never types but a hall sees: a terminal escape sequence, an over-long
    /// line, a right-to-left override, a number with joiners in it.
    static let hostilePastes: [String] = [
        "\u{1B}[2J\u{1B}[H", "\u{1B}]0;title\u{07}", "\u{1B}[31m红\u{1B}[0m",
        String(repeating: "1", count: 400), String(repeating: "共", count: 300),
        "\u{202E}110105196803150118", "1101\u{200D}0519\u{200B}6803150118", "１１０１０５１９６８０３１５０１１８",
        "阿依古丽·买买提", String(repeating: "👨‍👩‍👧", count: 40),
    ]

    mutating func next(using random: inout SeedRandom, size: Size, targets: [TapTarget]) -> Step {
        let roll = Int.random(in: 0..<100, using: &random)
        switch roll {
        case 0..<50:
            return .event(.key(Self.keys.randomElement(using: &random)!))
        case 50..<56:
            return .event(.key(.character(Self.hostileCharacters.randomElement(using: &random)!)))
        case 56..<64:
            return .typing(phrases.randomElement(using: &random)!)
        case 64..<66:
            return .typing(Self.hostilePastes.randomElement(using: &random)!)
        case 66..<69:
            return .keys(ways.randomElement(using: &random) ?? [])
        case 69..<79:
            // Mostly on something that answers a tap, as a finger would land; sometimes anywhere.
            if let target = targets.randomElement(using: &random) {
                let rect = target.rect
                return .event(.tap(Position(
                    row: rect.origin.row + Int.random(in: 0..<max(1, rect.size.rows), using: &random),
                    column: rect.origin.column + Int.random(in: 0..<max(1, rect.size.columns), using: &random))))
            }
            return .event(.tap(Self.anywhere(in: size, using: &random)))
        case 79..<81:
            return .event(.tap(Self.anywhere(in: size, using: &random)))
        case 81..<85:
            return .event(.resize(Self.size(using: &random)))
        case 85..<87:
            return .event(.identityRead(phrases.randomElement(using: &random)!))
        case 87..<99:
            return .wait(Double(Int.random(in: 1...20, using: &random)) / 4)
        default:
            // Long enough for the idle countdown, its end, or a lockout to pass.
            return .wait([60, 95, 106, 1_800, 86_400].randomElement(using: &random)!)
        }
    }

    /// A tap anywhere, even just outside the screen (a touch panel's edge).
    static func anywhere(in size: Size, using random: inout SeedRandom) -> Position {
        Position(row: Int.random(in: -1...size.rows, using: &random), column: Int.random(in: -1...size.columns, using: &random))
    }

    /// Mostly a usable terminal, since that is where the screens are; sometimes one too small,
    /// down to a single cell, or very large.
    static func size(using random: inout SeedRandom) -> Size {
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<5: Size(columns: 80, rows: 24)
        case 5..<8: Size(columns: Int.random(in: 80...160, using: &random), rows: Int.random(in: 24...50, using: &random))
        case 8: Size(columns: Int.random(in: 1...79, using: &random), rows: Int.random(in: 1...30, using: &random))
        default: Size(columns: Int.random(in: 1...300, using: &random), rows: Int.random(in: 1...100, using: &random))
        }
    }
}
