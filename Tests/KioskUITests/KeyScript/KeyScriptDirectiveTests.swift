import Testing
@testable import KioskUI

@Suite("Key scripts: directives")
struct KeyScriptDirectiveTests {
    static let nowhere = SourcePosition(line: 0, column: 0)

    @Test("captions and expectations keep their text", arguments: [
        ("<caption:请插入社保卡>", KeyScriptStep.caption("请插入社保卡", nowhere)),
        ("<CAPTION:Step 2: add a relative>", .caption("Step 2: add a relative", nowhere)),
        ("<expect:共济关系已建立>", .expect("共济关系已建立", nowhere)),
        ("<Expect:  第 3 步 / 共 6 步 >", .expect("  第 3 步 / 共 6 步 ", nowhere)),
        ("<expect:阿依古丽·买买提>", .expect("阿依古丽·买买提", nowhere)),
        ("<expect:a<lt>b>", .expect("a<b", nowhere)),
        ("<expect:a<gt>b>", .expect("a>b", nowhere)),
        ("<expect:<LT>F1<Gt> 帮助>", .expect("<F1> 帮助", nowhere)),
        ("<expect:1 < 2>", .expect("1 < 2", nowhere)),
        ("<caption:<<lt>>", .caption("<<", nowhere)),
        ("<caption:tab\there>", .caption("tab\there", nowhere)),
    ])
    func text(script: String, step: KeyScriptStep) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps == [step])
    }

    @Test("a > ends directive text: what follows is typed")
    func closingBracket() throws {
        #expect(try KeyScript(parsing: "<caption:a>b>").unplacedSteps
            == [.caption("a", Self.nowhere), press(.character("b")), press(.character(">"))])
    }

    @Test("resizes", arguments: [
        ("<resize:80x24>", 80, 24), ("<resize:60x20>", 60, 20), ("<RESIZE:132X43>", 132, 43),
        ("<resize:1x1>", 1, 1), ("<resize:9999x9999>", 9_999, 9_999),
    ])
    func resize(script: String, columns: Int, rows: Int) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps
            == [.resize(columns: columns, rows: rows, Self.nowhere)])
    }

    @Test("every clock unit", arguments: [
        ("<clock:+90s>", ClockAdvance.seconds(90)), ("<clock:+30m>", .seconds(1_800)),
        ("<clock:+2h>", .seconds(7_200)), ("<clock:+1d>", .seconds(86_400)),
        ("<clock:+3wd>", .workingDays(3)), ("<CLOCK:+3WD>", .workingDays(3)),
        ("<clock:+15M>", .seconds(900)), ("<clock:+1S>", .seconds(1)), ("<clock:+10H>", .seconds(36_000)),
        ("<clock:+7D>", .seconds(604_800)), ("<clock:+20Wd>", .workingDays(20)),
    ])
    func clock(script: String, advance: ClockAdvance) throws {
        #expect(try KeyScript(parsing: script).unplacedSteps == [.advanceClock(advance, Self.nowhere)])
    }

    @Test("a demo script mixes everything")
    func demo() throws {
        let script = """
            # 演示：申请家庭共济
            <caption:第一步：刷卡>
            110105199001010023<Enter>
            <wait:300><expect:请选择>
            2<Enter><resize:60x20><clock:+3wd>
            """
        let digits = "110105199001010023".map { press(.character($0)) }
        #expect(try KeyScript(parsing: script).unplacedSteps == [.caption("第一步：刷卡", Self.nowhere)]
            + digits + [press(.enter), .wait(milliseconds: 300, Self.nowhere), .expect("请选择", Self.nowhere),
                        press(.character("2")), press(.enter), .resize(columns: 60, rows: 20, Self.nowhere),
                        .advanceClock(.workingDays(3), Self.nowhere)])
    }
}
