import CNcursesw
import Glibc
import KioskFrame

/// The one place that talks to ncurses: it paints `Frame`s, reads keys, mouse and resizes, and
/// gives the terminal back as it found it.
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let palette: Palette
    private var needsFullRedraw = false
    /// The frame on the screen, to draw only the rows that change; nil until the first paint.
    private var lastPainted: Frame?
    /// One run of a row's characters, kept to be refilled rather than allocated per run.
    private var runCharacters: [wchar_t] = []
    public private(set) var size: Size

    /// Takes over the terminal. Exit-signal handlers (flag only) are installed first, so that
    /// ncurses leaves SIGINT/SIGTERM to us; a bad `TERM` is an error, not an exit. A trap or a
    /// fault gives the terminal back before the crash is reported.
    public init(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        guard TerminalLocale.ensureUTF8() else { throw .noUTF8Locale }
        let type = environment["TERM"] ?? ""
        guard !type.isEmpty, type != "dumb" else { throw .unknownTerminalType(type) }
        gongji_install_exit_signal_handlers()
        set_escdelay(25)
        gongji_remember_shell_modes()
        guard let screen = newterm(type, gongji_stdout(), gongji_stdin()) else { throw .unknownTerminalType(type) }
        self.screen = screen
        set_term(screen)
        gongji_install_fatal_signal_handlers()
        guard let window = gongji_stdscr() else {
            endwin()
            delscreen(screen)
            throw .unknownTerminalType(type)
        }
        self.window = window
        raw()  // Ctrl-C is a key to the kiosk: the public cannot stop it
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        mouseinterval(0)
        mousemask(gongji_button1_pressed() | gongji_button4_pressed() | gongji_button5_pressed(), nil)
        let wantsColour = environment["NO_COLOR"].map(\.isEmpty) ?? true
        if wantsColour, has_colors() {
            start_color()
            use_default_colors()
            palette = Palette(kind: .colour)
        } else {
            palette = Palette(kind: wantsColour ? .monochrome : .noColour)
        }
        size = Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
    }

    /// Gives the terminal back: normal screen, echo and cursor as before. Safe to call twice.
    public func stop() {
        guard isendwin() == false else { return }
        curs_set(1)
        endwin()
    }

    deinit {
        stop()
        delscreen(screen)
    }

    /// The next exit signal (SIGINT, SIGTERM, SIGHUP) that arrived, if any.
    public func takePendingSignal() -> Int32? {
        let signal = gongji_take_pending_signal()
        return signal == 0 ? nil : signal
    }

    /// The next time the whole screen is repainted from scratch (Ctrl-L, after a resize).
    public func redrawEverythingNextTime() { needsFullRedraw = true }

    /// Paints a frame with one refresh, drawing only the rows that differ from the frame painted
    /// last: ncurses then compares and sends only those. A typed character redraws one row, not
    /// the screen (measured: painting every row was most of a key's time). Everything is drawn
    /// again after a resize or Ctrl-L. Never `clear()` per frame, which would resend everything.
    public func paint(_ frame: Frame) {
        let repaintsEverything = needsFullRedraw || lastPainted == nil
        if repaintsEverything { werase(window) }
        let rows = min(frame.size.rows, size.rows)
        let columns = min(frame.size.columns, size.columns)
        for row in frame.rowsChanged(since: repaintsEverything ? nil : lastPainted) where row < rows {
            paintRow(frame, row: row, columns: columns)
        }
        lastPainted = frame
        wattrset(window, Int32(gongji_a_normal()))
        if let cursor = frame.cursor, cursor.row < rows, cursor.column < columns {
            wmove(window, Int32(cursor.row), Int32(cursor.column))
            curs_set(1)
        } else {
            curs_set(0)
        }
        if needsFullRedraw {
            clearok(window, true)
            needsFullRedraw = false
        }
        wrefresh(window)
    }

    /// Draws one whole row in runs of cells that share a style: one call per run, not per cell.
    /// Every column is drawn (a blank is a space), so a row drawn over an older one leaves
    /// nothing of it behind.
    private func paintRow(_ frame: Frame, row: Int, columns: Int) {
        var column = 0
        while column < columns {
            let style = frame[row, column].style
            let runStart = column
            if Self.isHorizontalLine(frame[row, column]) {
                while column < columns, Self.isHorizontalLine(frame[row, column]) { column += 1 }
                wattrset(window, Int32(palette.attribute(for: style)))
                mvwhline(window, Int32(row), Int32(runStart), 0, Int32(column - runStart))
                continue
            }
            runCharacters.removeAll(keepingCapacity: true)
            while column < columns, frame[row, column].style == style, !Self.isHorizontalLine(frame[row, column]) {
                let cell = frame[row, column]
                if !cell.isContinuation {
                    for scalar in cell.grapheme.unicodeScalars { runCharacters.append(wchar_t(bitPattern: scalar.value)) }
                }
                column += 1
            }
            wattrset(window, Int32(palette.attribute(for: style)))
            let count = Int32(runCharacters.count)
            runCharacters.append(0)
            _ = runCharacters.withUnsafeBufferPointer { buffer in
                mvwaddnwstr(window, Int32(row), Int32(runStart), buffer.baseAddress, count)
            }
        }
    }

    /// Lines are drawn only in the border style, so the style is asked first: it is far cheaper
    /// than comparing the grapheme, which is asked of every cell of a row.
    private static func isHorizontalLine(_ cell: Cell) -> Bool {
        cell.style == .border && cell.grapheme == Cell.horizontalLine
    }

    /// Waits up to `milliseconds` (negative: forever) for input; nil when none came or a signal
    /// interrupted the wait.
    public func read(timeout milliseconds: Int32) -> TerminalInput? {
        wtimeout(window, milliseconds)
        var code: wint_t = 0
        let result = wget_wch(window, &code)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(code)) }
        return character(code)
    }

    private func character(_ code: wint_t) -> TerminalInput? {
        switch code {
        case 13, 10: return .named(.enter)
        case 9: return .named(.tab)
        case 127, 8: return .named(.backspace)
        case 27:
            // Esc alone, or Alt+key sent as Esc and the key: look for a key that came with it.
            wtimeout(window, 0)
            var next: wint_t = 0
            if wget_wch(window, &next) == OK, next >= 32, next != 127, let scalar = Unicode.Scalar(UInt32(next)) {
                return .meta(Character(scalar))
            }
            return .named(.escape)
        case 1...26:
            return .control(Character(Unicode.Scalar(UInt8(code) + 96)))
        case 0..<32:
            return nil
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_ENTER: return .named(.enter)
        case KEY_BTAB: return .named(.backTab)
        case KEY_BACKSPACE: return .named(.backspace)
        case KEY_DC: return .named(.delete)
        case KEY_IC: return .named(.insert)
        case KEY_UP: return .named(.up)
        case KEY_DOWN: return .named(.down)
        case KEY_LEFT: return .named(.left)
        case KEY_RIGHT: return .named(.right)
        case KEY_HOME: return .named(.home)
        case KEY_END: return .named(.end)
        case KEY_PPAGE: return .named(.pageUp)
        case KEY_NPAGE: return .named(.pageDown)
        case KEY_RESIZE:
            size = Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
            needsFullRedraw = true
            return .resized(size)
        case KEY_MOUSE:
            return mouse()
        case (KEY_F0 + 1)...(KEY_F0 + 12):
            return .function(Int(code - KEY_F0))
        default:
            return nil
        }
    }

    private func mouse() -> TerminalInput? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        if event.bstate & gongji_button4_pressed() != 0 { return .scrollUp }
        if event.bstate & gongji_button5_pressed() != 0 { return .scrollDown }
        if event.bstate & gongji_button1_pressed() != 0 {
            return .click(Position(row: Int(event.y), column: Int(event.x)))
        }
        return nil
    }
}
