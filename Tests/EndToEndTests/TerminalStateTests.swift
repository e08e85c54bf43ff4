import Testing

/// Reading the terminal modes out of `stty -a`.
struct TerminalStateTests {
    private let sane = """
        speed 38400 baud; rows 24; columns 80; line = 0;
        intr = ^C; quit = ^\\; erase = ^?; kill = ^U; eof = ^D; eol = <undef>;
        -parenb -parodd -cmspar cs8 -hupcl -cstopb cread -clocal -crtscts
        -ignbrk -brkint -ignpar -parmrk -inpck -istrip -inlcr -igncr icrnl ixon -ixoff -iuclc -ixany -imaxbel iutf8
        opost -olcuc -ocrnl onlcr -onocr -onlret -ofill -ofdel nl0 cr0 tab0 bs0 vt0 ff0
        isig icanon iexten echo echoe echok -echonl -noflsh -xcase -tostop -echoprt echoctl echoke -flusho -extproc
        """

    @Test func aSaneTerminalIsRestored() {
        let state = TerminalState(sttyOutput: sane, cursorVisible: true, alternateScreen: false)
        #expect(state.isRestored, "\(state)")
        #expect(state.description == "terminal restored")
    }

    @Test func rawModeIsNotRestored() {
        let raw = sane.replacingOccurrences(of: " icrnl ", with: " -icrnl ")
            .replacingOccurrences(of: "isig icanon", with: "-isig -icanon")
            .replacingOccurrences(of: "echo echoe", with: "-echo echoe")
        let state = TerminalState(sttyOutput: raw, cursorVisible: true, alternateScreen: false)
        #expect(state.problems == ["echo is off", "icanon is off", "isig is off", "icrnl is off"])
    }

    @Test func echoeIsNotMistakenForEcho() {
        let state = TerminalState(sttyOutput: "-echo echoe echok", cursorVisible: true, alternateScreen: false)
        #expect(state.modes["echo"] == false)
    }

    @Test func missingOutputIsNotRestored() {
        let state = TerminalState(sttyOutput: "", cursorVisible: true, alternateScreen: false)
        #expect(state.problems.first == "echo not reported by stty")
    }
}
