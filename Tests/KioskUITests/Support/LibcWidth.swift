import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// libc's own `wcswidth`, looked up at run time (glibc hides its declaration from Swift), in the
/// UTF-8 locale the kiosk runs in.
struct LibcWidth {
    private typealias WCSWidth = @convention(c) (UnsafePointer<wchar_t>?, Int) -> Int32
    private let function: WCSWidth

    struct Unavailable: Error {}

    init() throws {
        LibcWidth.ensureUTF8Locale
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "wcswidth") else { throw Unavailable() }
        function = unsafeBitCast(symbol, to: WCSWidth.self)
    }

    /// setlocale is process-wide and tests run in parallel: done once.
    private static let ensureUTF8Locale: Void = {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }()

    func width(of text: String) -> Int {
        let characters = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
        return Int(characters.withUnsafeBufferPointer { function($0.baseAddress, characters.count - 1) })
    }
}
