import Testing
import TestSupport
@testable import KioskUI

@Suite("Key scripts: writing keys back, and handing them to ttybench")
struct KeyScriptRenderingTests {
    @Test("each key's token", arguments: [
        (Key.enter, "<Enter>"), (.tab, "<Tab>"), (.backTab, "<STab>"), (.escape, "<Esc>"),
        (.backspace, "<BS>"), (.delete, "<Del>"), (.insert, "<Ins>"), (.up, "<Up>"), (.down, "<Down>"),
        (.left, "<Left>"), (.right, "<Right>"), (.home, "<Home>"), (.end, "<End>"), (.pageUp, "<PgUp>"),
        (.pageDown, "<PgDn>"), (.function(1), "<F1>"), (.function(12), "<F12>"),
        (.character("<"), "<lt>"), (.character(">"), ">"), (.character(" "), " "), (.character("济"), "济"),
        (.character("#"), "#"), (.character("*"), "*"), (.control("l"), "<C-l>"), (.control("?"), "<C-?>"),
        (.meta("x"), "<M-x>"), (.meta("X"), "<M-X>"), (.meta("中"), "<M-中>"),
    ])
    func token(key: Key, token: String) throws {
        #expect(key.scriptToken == token)
        // After another key, so that `#` is typed rather than starting a comment.
        #expect(try KeyScript(parsing: "x" + token).keys == [.character("x"), key])
    }

    @Test("keys no script can spell have no token", arguments: [
        Key.character("\n"), .character("\t"), .character("\u{1B}"), .function(0), .function(13),
        .control("L"), .control("<"), .control(">"), .control("*"), .control(" "), .meta("<"), .meta(">"),
        .meta("*"), .meta("\u{3000}"), .meta("e\u{301}"),
    ])
    func noToken(key: Key) {
        #expect(key.scriptToken == nil)
    }

    @Test("parsing what was written gives the same steps, for random key sequences")
    func roundTrip() throws {
        var generator = SeededGenerator(seed: 0x6B65_7973)
        var checked = 0
        for _ in 0..<500 {
            let script = KeyScript.random(using: &generator)
            let text = script.ttybenchKeys
            // ttybench has no comments: read back, a leading # would start one.
            guard text.first(where: { $0 != " " }) != "#" else { continue }
            #expect(try KeyScript(parsing: text).unplacedSteps == script.unplacedSteps, "\(text)")
            checked += 1
        }
        #expect(checked > 400)
    }

    @Test("ttybench reads the keys and waits as the same keys and waits")
    func ttybenchAcceptsKeys() throws {
        var generator = SeededGenerator(seed: 0x7474_7962)
        for _ in 0..<500 {
            let script = KeyScript.random(using: &generator)
            let expected: [TtybenchReference.Event] = script.steps.compactMap { step in
                switch step {
                case .key(let key, _): .key(bytes: xtermBytes(key))
                case .wait(let milliseconds, _): .wait(seconds: Double(milliseconds) / 1000)
                default: nil
                }
            }
            #expect(try TtybenchReference.parse(script.ttybenchKeys) == expected, "\(script.ttybenchKeys)")
        }
    }

    @Test("only keys and waits go to ttybench")
    func ttybenchKeysLeaveOutDirectives() throws {
        let script = try KeyScript(parsing: """
            <caption:开始><resize:60x20>a<lt>b<Down*2>
            <wait:250><clock:+1d><expect:完成><C-l> 中<F12>
            """)
        #expect(script.ttybenchKeys == "a<lt>b<Down><Down><wait:250><C-l> 中<F12>")
    }

    @Test("a hand-built key without a token is left out")
    func ttybenchKeysLeaveOutUnspellable() {
        let here = SourcePosition(line: 1, column: 1)
        let script = KeyScript(steps: [.key(.character("a"), here), .key(.function(20), here), .key(.enter, here)])
        #expect(script.ttybenchKeys == "a<Enter>")
    }

    @Test("ttybench refuses the names gongji refuses", arguments: ["<Foo>", "<gt>", "<C-*>", "<F13>"])
    func sameRefusals(script: String) {
        #expect(parseError(script) != nil)
        #expect(throws: TtybenchReference.UnknownKey.self) { try TtybenchReference.parse(script) }
    }

    /// What an xterm sends for each key, as ttybench's README lists it: stated here once more,
    /// independently of both parsers.
    func xtermBytes(_ key: Key) -> [UInt8] {
        let escape: UInt8 = 0x1B
        let csi: [UInt8] = [escape, UInt8(ascii: "[")]
        switch key {
        case .character(let character): return Array(String(character).utf8)
        case .enter: return [0x0D]
        case .tab: return [0x09]
        case .backTab: return csi + Array("Z".utf8)
        case .escape: return [escape]
        case .backspace: return [0x7F]
        case .insert: return csi + Array("2~".utf8)
        case .delete: return csi + Array("3~".utf8)
        case .pageUp: return csi + Array("5~".utf8)
        case .pageDown: return csi + Array("6~".utf8)
        case .up: return csi + Array("A".utf8)
        case .down: return csi + Array("B".utf8)
        case .right: return csi + Array("C".utf8)
        case .left: return csi + Array("D".utf8)
        case .home: return csi + Array("H".utf8)
        case .end: return csi + Array("F".utf8)
        case .function(let number) where number <= 4:
            return [escape, UInt8(ascii: "O")] + Array(["P", "Q", "R", "S"][number - 1].utf8)
        case .function(let number):
            return csi + Array("\([15, 17, 18, 19, 20, 21, 23, 24][number - 5])~".utf8)
        case .control("?"): return [0x7F]
        case .control(let character): return [Character(character.uppercased()).asciiValue! & 0x1F]
        case .meta(let character): return [escape] + Array(String(character).utf8)
        }
    }
}

extension KeyScript {
    /// Keys that a script can spell, drawn from what a kiosk session types: every named key,
    /// Ctrl and Alt forms, ASCII (with `<`, `>`, `#`, `*`), Chinese and full-width text. Lone
    /// combining marks are left out: written after a letter they join it, as they would on screen.
    static let spellableKeys: [Key] = {
        let named = KeyNames.named.map(\.key)
        let ascii = (0x20...0x7E).map { Key.character(Character(Unicode.Scalar(UInt8($0)))) }
        let text = "家庭共济职工医保个人账户阿依古丽·买买提１２３，。（）".map(Key.character)
        // Ctrl is a terminal's ASCII control code, so only ASCII follows it here.
        let modified = "ax?[5".map(Key.control) + "aX?中#".map(Key.meta)
        return named + ascii + text + modified
    }()

    /// A script of up to 40 keys and waits.
    static func random(using generator: inout some RandomNumberGenerator) -> KeyScript {
        let here = SourcePosition(line: 1, column: 1)
        let steps = (0..<Int.random(in: 0...40, using: &generator)).map { _ -> KeyScriptStep in
            if Int.random(in: 0..<10, using: &generator) == 0 {
                return .wait(milliseconds: Int.random(in: 0...5_000, using: &generator), here)
            }
            return .key(spellableKeys.randomElement(using: &generator)!, here)
        }
        return KeyScript(steps: steps)
    }
}
