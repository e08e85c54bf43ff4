import Testing

/// ttybench's key script syntax, translated to tmux key names.
struct KeyScriptTests {
    @Test func plainTextIsOneStep() throws {
        #expect(try KeyScript("hello world").steps == [.text("hello world")])
    }

    @Test(arguments: [
        ("<Enter>", "Enter"), ("<Tab>", "Tab"), ("<STab>", "BTab"), ("<Esc>", "Escape"),
        ("<BS>", "BSpace"), ("<Space>", "Space"), ("<Up>", "Up"), ("<Down>", "Down"),
        ("<Left>", "Left"), ("<Right>", "Right"), ("<Home>", "Home"), ("<End>", "End"),
        ("<PgUp>", "PPage"), ("<PgDn>", "NPage"), ("<Ins>", "IC"), ("<Del>", "DC"),
        ("<F1>", "F1"), ("<F10>", "F10"), ("<F12>", "F12"), ("<C-x>", "C-x"), ("<C-X>", "C-x"),
        ("<M-x>", "M-x"), ("<M-X>", "M-X"), ("<enter>", "Enter"), ("<ESC>", "Escape"),
    ])
    func namedKeysMapToTmuxNames(script: String, tmuxName: String) throws {
        #expect(try KeyScript(script).steps == [.key(tmuxName)])
    }

    @Test func repeatsAndWaits() throws {
        #expect(try KeyScript("<Down*3><wait:150>x").steps == [
            .key("Down"), .key("Down"), .key("Down"), .wait(.milliseconds(150)), .text("x"),
        ])
    }

    @Test func aLessThanSignIsTextUnlessItOpensAName() throws {
        #expect(try KeyScript("a<lt>b").steps == [.text("a<b")])
        #expect(try KeyScript("1 < 2 <> <").steps == [.text("1 < 2 <> <")])
        #expect(try KeyScript("<<Enter>").steps == [.text("<"), .key("Enter")])
    }

    @Test func chineseIsText() throws {
        #expect(try KeyScript("张三<Tab>李四").steps == [.text("张三"), .key("Tab"), .text("李四")])
    }

    @Test(arguments: ["<Foo>", "<F13>", "<C-xy>", "<wait:soon>", "<Down*0>", "<Down*x>", "<wait:5*2>"])
    func mistakesAreErrorsNotText(script: String) {
        #expect(throws: HarnessError.self) { try KeyScript(script) }
    }

    @Test func argumentsEndingInASemicolonAreEscapedForTmux() {
        #expect(TmuxServer.escapingTrailingSemicolon("a;") == "a\\;")
        #expect(TmuxServer.escapingTrailingSemicolon("a;b") == "a;b")
    }
}
