/// Why the kiosk cannot use the terminal, said so that whoever starts it can fix it.
public enum TerminalError: Error, Hashable, Sendable, CustomStringConvertible {
    case notATerminal
    case unknownTerminalType(String)
    case noUTF8Locale

    public var description: String {
        switch self {
        case .notATerminal:
            "standard input and output must be a terminal; gongji is a full-screen program"
        case .unknownTerminalType(let name):
            "the terminal type TERM=\"\(name)\" is unknown or cannot draw a full screen; set TERM to your terminal's type, e.g. TERM=xterm-256color"
        case .noUTF8Locale:
            "no UTF-8 locale is available, so Chinese cannot be shown; install one (C.UTF-8) or set LANG=C.UTF-8"
        }
    }
}
