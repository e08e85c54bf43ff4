import Testing
@testable import KioskUI

@Suite("Key scripts: errors and where they are")
struct KeyScriptErrorTests {
    typealias Problem = KeyScriptError.Problem

    @Test("each problem at the start of its token", arguments: [
        ("<Foo>", Problem.unknownKeyName("Foo"), 1, 1),
        ("ab<Enter>\n  <Enetr>", .unknownKeyName("Enetr"), 2, 3),
        ("<Foo*0>", .unknownKeyName("Foo"), 1, 1),
        ("<wait>", .unknownKeyName("wait"), 1, 1),
        ("<gt>", .unknownKeyName("gt"), 1, 1),
        ("<!!>", .unknownKeyName("!!"), 1, 1),
        ("<C-*>", .unknownKeyName("C-"), 1, 1),
        ("输入<Enter*0>", .badRepeatCount("0"), 1, 3),
        ("<Enter*x>", .badRepeatCount("x"), 1, 1),
        ("<Enter*>", .badRepeatCount(""), 1, 1),
        ("<Enter*-1>", .badRepeatCount("-1"), 1, 1),
        ("<Enter*+2>", .badRepeatCount("+2"), 1, 1),
        ("<Enter*10000>", .badRepeatCount("10000"), 1, 1),
        ("<Enter*2*2>", .badRepeatCount("2*2"), 1, 1),
        ("<Down*99999999999999999999>", .badRepeatCount("99999999999999999999"), 1, 1),
        ("x<wait:abc>", .badWait("abc"), 1, 2),
        ("<wait:1.5>", .badWait("1.5"), 1, 1),
        ("<wait:-5>", .badWait("-5"), 1, 1),
        ("<wait:100*2>", .badWait("100*2"), 1, 1),
        ("<wait: 100>", .badWait(" 100"), 1, 1),
        ("<resize:80>", .badResize("80"), 1, 1),
        ("<resize:80x>", .badResize("80x"), 1, 1),
        ("<resize:80x24x2>", .badResize("80x24x2"), 1, 1),
        ("<resize:0x24>", .badResize("0x24"), 1, 1),
        ("<resize:80×24>", .badResize("80×24"), 1, 1),
        ("<resize:10000x24>", .badResize("10000x24"), 1, 1),
        ("<clock:+3y>", .badClock("+3y"), 1, 1),
        ("<clock:3s>", .badClock("3s"), 1, 1),
        ("<clock:-3s>", .badClock("-3s"), 1, 1),
        ("<clock:+0s>", .badClock("+0s"), 1, 1),
        ("<clock:+s>", .badClock("+s"), 1, 1),
        ("<clock:+3>", .badClock("+3"), 1, 1),
        ("<clock:+3 wd>", .badClock("+3 wd"), 1, 1),
        ("<clock:+9223372036854775807d>", .badClock("+9223372036854775807d"), 1, 1),
        ("<caption:>", .emptyDirective("caption"), 1, 1),
        ("<expect:   >", .emptyDirective("expect"), 1, 1),
        ("<wait:>", .emptyDirective("wait"), 1, 1),
        ("<resize:>", .emptyDirective("resize"), 1, 1),
        ("<clock:>", .emptyDirective("clock"), 1, 1),
        ("a\nb<caption:未完", .unterminated("caption"), 2, 2),
        ("<expect:未完\n>", .unterminated("expect"), 1, 1),
        ("<wait:100", .unterminated("wait"), 1, 1),
        ("<Resize:80x24", .unterminated("resize"), 1, 1),
        ("<clock:+1d\n>", .unterminated("clock"), 1, 1),
        ("<caption:按 <Enter> 继续>", .unknownEscape("Enter"), 1, 12),
        ("<expect:a<b>", .unknownEscape("b"), 1, 10),
        ("<expect:<lt*2>>", .unknownEscape("lt*2"), 1, 9),
        ("a\u{7}", .controlCharacter("\u{7}"), 1, 2),
        ("\u{1B}[A", .controlCharacter("\u{1B}"), 1, 1),
        ("<caption:a\u{0}b>", .controlCharacter("\u{0}"), 1, 11),
    ])
    func problem(script: String, problem: Problem, line: Int, column: Int) {
        let error = parseError(script)
        #expect(error == KeyScriptError(problem, at: SourcePosition(line: line, column: column)))
    }

    @Test("the first problem is the one reported")
    func firstProblem() {
        #expect(parseError("<Foo>\n<Bar>")?.problem == .unknownKeyName("Foo"))
    }

    @Test("messages say where and what in plain English", arguments: [
        ("ab\n  x<Foo>", "line 2, column 4: unknown key <Foo>"),
        ("<Enter*0>", "line 1, column 1: repeat count \"0\" is not a whole number from 1 to 9999"),
        ("<gt>", "line 1, column 1: unknown key <gt>: outside directive text a > is typed as itself"),
        ("<wait:abc>", "line 1, column 1: wait \"abc\" is not a whole number of milliseconds, as in <wait:500>"),
        ("<resize:80>", "line 1, column 1: resize \"80\" is not columns x rows from 1 to 9999, as in <resize:80x24>"),
        ("<clock:+3y>",
         "line 1, column 1: clock \"+3y\" is not + a positive count and a unit (s, m, h, d or wd), as in <clock:+3wd>"),
        ("<caption:>", "line 1, column 1: <caption:> needs something after the colon"),
        ("<expect:abc", "line 1, column 1: <expect: is not closed by > on the same line"),
        ("<expect:<F1>>",
         "line 1, column 9: <F1> cannot stand in directive text: only <lt> and <gt> can, so write <lt>F1<gt> to show it"),
        ("\u{1B}", "line 1, column 1: control character U+001B in the script: write a named key such as <C-x>"),
    ])
    func message(script: String, message: String) {
        #expect(parseError(script)?.description == message)
    }

    @Test("positions print as line:column")
    func positionDescription() {
        #expect(SourcePosition(line: 3, column: 14).description == "3:14")
    }
}
