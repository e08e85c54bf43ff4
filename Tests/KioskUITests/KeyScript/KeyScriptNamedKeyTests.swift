import Testing
@testable import KioskUI

@Suite("Key scripts: named keys")
struct KeyScriptNamedKeyTests {
    static let namedKeys: [(name: String, key: Key)] = [
        ("Enter", .enter), ("Tab", .tab), ("STab", .backTab), ("Esc", .escape), ("BS", .backspace),
        ("Space", .character(" ")), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("Home", .home), ("End", .end), ("PgUp", .pageUp), ("PgDn", .pageDown), ("Ins", .insert),
        ("Del", .delete), ("lt", .character("<")),
    ]

    /// Each name as documented, lower-case, upper-case and in alternating case.
    static let casings: [(String, Key)] = namedKeys.flatMap { name, key in
        let alternating = String(name.enumerated().map { offset, character in
            Character(offset.isMultiple(of: 2) ? character.uppercased() : character.lowercased())
        })
        return [name, name.lowercased(), name.uppercased(), alternating].map { ("<\($0)>", key) }
    }

    @Test("every named key, in any case", arguments: casings)
    func namedKey(script: String, key: Key) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps == [press(key)])
    }

    @Test("F1 to F12", arguments: 1...12)
    func functionKey(number: Int) throws {
        #expect(try KeyScript(parsing: "<F\(number)>").keys == [.function(number)])
        #expect(try KeyScript(parsing: "<f\(number)>").keys == [.function(number)])
    }

    @Test("function keys outside F1 to F12 are unknown", arguments: ["F0", "F13", "F01", "F"])
    func noSuchFunctionKey(name: String) {
        #expect(parseError("<\(name)>")?.problem == .unknownKeyName(name))
    }

    @Test("Ctrl and Alt", arguments: [
        ("<C-x>", Key.control("x")), ("<c-x>", .control("x")), ("<C-X>", .control("x")),
        ("<c-L>", .control("l")), ("<C-?>", .control("?")), ("<C-[>", .control("[")),
        ("<M-x>", .meta("x")), ("<m-x>", .meta("x")), ("<M-X>", .meta("X")), ("<M-5>", .meta("5")),
        ("<M-中>", .meta("中")), ("<C-Ä>", .control("ä")),
    ])
    func modifier(script: String, key: Key) throws {
        #expect(try KeyScript(parsing: script).keys == [key])
    }

    @Test("Ctrl and Alt take exactly one character", arguments: ["C-", "C-xy", "M-ab", "S-x", "C-x-y"])
    func malformedModifier(name: String) {
        #expect(parseError("<\(name)>")?.problem == .unknownKeyName(name))
    }

    @Test("repeats", arguments: [
        ("<Down*3>", [Key](repeating: .down, count: 3)), ("<down*1>", [.down]),
        ("<lt*2>", [.character("<"), .character("<")]), ("<C-x*2>", [.control("x"), .control("x")]),
        ("<F12*4>", [Key](repeating: .function(12), count: 4)), ("<Space*02>", [.character(" "), .character(" ")]),
        ("<BS*9999>", [Key](repeating: .backspace, count: 9_999)),
    ])
    func repeated(script: String, keys: [Key]) throws {
        let parsed = try KeyScript(parsing: script)
        #expect(parsed.keys == keys)
        #expect(Set(parsed.steps.map(\.position)) == [SourcePosition(line: 1, column: 1)])
    }

    @Test("waits", arguments: [("<wait:0>", 0), ("<wait:150>", 150), ("<WAIT:1000>", 1_000), ("<Wait:007>", 7)])
    func wait(script: String, milliseconds: Int) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps
            == [.wait(milliseconds: milliseconds, SourcePosition(line: 0, column: 0))])
    }
}
