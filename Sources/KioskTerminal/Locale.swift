import CNcursesw
import Glibc

/// Makes sure the program runs in a UTF-8 locale: without one, ncurses cannot draw Chinese and
/// `wcwidth` calls every Chinese character unprintable. On this kind of machine only `C.UTF-8`
/// exists, so any other `LANG` silently falls back to "C"; switching `LC_CTYPE` alone keeps the
/// rest of the environment's choices.
public enum TerminalLocale {
    /// Call once, before anything measures or draws text. Returns false when no UTF-8 locale
    /// could be set.
    @discardableResult
    public static func ensureUTF8() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
