/// The check a scanned file passes before it is kept as a proof: by its content alone, never its
/// name. Pure: the caller reads the file (at most `maximumBytes + 1` of it) and hands the bytes in.
public enum ScanCheck {
    /// 10 MB: a page scanned at 300 dpi in colour is well under it; anything larger is a
    /// mistake (or not a document) and would fill the kiosk's disk.
    public static let maximumBytes = 10 * 1024 * 1024

    /// The file's format, or why it is refused. `size` is the file's whole size, which may be
    /// more than the bytes read.
    public static func check(_ content: [UInt8], size: Int) throws(ScanRefusal) -> ScanFormat {
        if size == 0 { throw .empty }
        if size > maximumBytes { throw .tooLarge(bytes: size, limit: maximumBytes) }
        guard let format = ScanFormat.recognize(content) else { throw .notADocument }
        guard content.count == size, format.isComplete(content) else { throw .incomplete(format) }
        return format
    }
}
