import Testing
@testable import KioskUI

@Suite("Key scripts: plain text, lines and positions")
struct KeyScriptTextTests {
    @Test("each character is one key", arguments: [
        ("abc", ["a", "b", "c"]),
        ("家庭共济", ["家", "庭", "共", "济"]),
        ("张三 2024", ["张", "三", " ", "2", "0", "2", "4"]),
        ("１２３", ["１", "２", "３"]),
        ("阿依古丽·买买提", ["阿", "依", "古", "丽", "·", "买", "买", "提"]),
        ("e\u{301}x", ["e\u{301}", "x"]),
        ("a>b", ["a", ">", "b"]),
        ("  ", [" ", " "]),
    ] as [(String, [Character])])
    func plainText(script: String, characters: [Character]) throws {
        #expect(try KeyScript(parsing: script).keys == characters.map(Key.character))
    }

    @Test("a < that opens no well-formed name is typed", arguments: [
        ("a<b", ["a", "<", "b"]), ("<", ["<"]), ("< Enter>", ["<", " ", "E", "n", "t", "e", "r", ">"]),
        ("<>", ["<", ">"]), ("<<", ["<", "<"]), ("<Enter", ["<", "E", "n", "t", "e", "r"]),
        ("x <= y", ["x", " ", "<", "=", " ", "y"]), ("<En ter>", ["<", "E", "n", " ", "t", "e", "r", ">"]),
    ] as [(String, [Character])])
    func literalLessThan(script: String, characters: [Character]) throws {
        #expect(try KeyScript(parsing: script).keys == characters.map(Key.character))
    }

    @Test("a < before a well-formed name is typed, and the name is read")
    func lessThanBeforeName() throws {
        #expect(try KeyScript(parsing: "<<Enter>").keys == [.character("<"), .enter])
        #expect(try KeyScript(parsing: "a<<lt>").keys == [.character("a"), .character("<"), .character("<")])
    }

    @Test("a literal tab is the Tab key, as ttybench sends it")
    func literalTab() throws {
        #expect(try KeyScript(parsing: "a\tb").keys == [.character("a"), .tab, .character("b")])
    }

    @Test("line breaks type nothing; comments and blank lines are skipped", arguments: [
        "ab\ncd", "ab\r\ncd", "# intro\nab\n\n  # indented comment\ncd", "ab\n\t# tab-indented\ncd\n",
        "\n\nab\ncd\n\n", "ab\n#cd\ncd", "a\u{2028}b\u{85}cd",
    ])
    func lines(script: String) throws {
        #expect(try KeyScript(parsing: script).keys == "abcd".map(Key.character))
    }

    @Test("a # that does not start a line is typed")
    func hashInsideLine() throws {
        #expect(try KeyScript(parsing: "1#2").keys == "1#2".map(Key.character))
        #expect(try KeyScript(parsing: "<wait:0>#").keys == [.character("#")])
        #expect(try KeyScript(parsing: "#").steps.isEmpty)
        #expect(try KeyScript(parsing: " # not typed <Foo>").steps.isEmpty)
    }

    @Test("a script of comments and blank lines has no steps", arguments: ["", "\n", "# only", "\n\n# x\n  #y"])
    func empty(script: String) throws {
        #expect(try KeyScript(parsing: script).steps.isEmpty)
    }

    @Test("a line of spaces is not blank: it types them")
    func spacesAreTyped() throws {
        #expect(try KeyScript(parsing: "# x\n  \n").steps
            == [.key(.character(" "), SourcePosition(line: 2, column: 1)),
                .key(.character(" "), SourcePosition(line: 2, column: 2))])
    }

    @Test("every step knows its line and its column in characters")
    func positions() throws {
        let script = """
            # 第一行是注释
            姓名<Tab>张三
              <Down*2><wait:50>

            <expect:已保存>x<clock:+1h>
            """
        let parsed = try KeyScript(parsing: script)
        let placed = parsed.steps.map { "\($0.position)" }
        #expect(placed == [
            "2:1", "2:2", "2:3", "2:8", "2:9",
            "3:1", "3:2", "3:3", "3:3", "3:11",
            "5:1", "5:13", "5:14",
        ])
        #expect(parsed.steps[2] == .key(.tab, SourcePosition(line: 2, column: 3)))
        #expect(parsed.steps[10] == .expect("已保存", SourcePosition(line: 5, column: 1)))
    }
}
