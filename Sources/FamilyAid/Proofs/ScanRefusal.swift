/// Why a file from the scanner cannot be attached to a proof. Each is said to the resident with
/// what to do; the proof itself and everything typed stay as they were.
public enum ScanRefusal: Error, Hashable, Sendable, Codable {
    /// The file is empty: the scan did not work.
    case empty
    /// Larger than a proof may be (`limit` bytes): scan again at a lower resolution.
    case tooLarge(bytes: Int, limit: Int)
    /// Not a PDF, JPEG or PNG by its content, whatever its name says.
    case notADocument
    /// A PDF, JPEG or PNG without its end: still being written, or cut short.
    case incomplete(ScanFormat)
    /// The file is no longer in the scanner's folder, or is not an ordinary file.
    case gone
    /// The file could not be read or kept: a fault of the kiosk, not of the document.
    case unreadable
}
