import FamilyAid

/// A file the document scanner has put in the kiosk's inbox since this session began, as
/// offered to the resident. Only its name and size are known until it is chosen and checked.
public struct InboxFile: Hashable, Sendable {
    /// The name in the inbox folder, exactly: how the file is asked for again.
    public var name: String
    public var bytes: Int

    public init(name: String, bytes: Int) {
        self.name = name
        self.bytes = bytes
    }

    /// The name as it may be drawn: a scanner (or someone with a USB stick) can name a file with
    /// control characters, escape sequences or invisible direction marks, which must never
    /// reach the terminal or disguise one name as another.
    public var shownName: String {
        String(name.unicodeScalars.map { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator, .privateUse, .surrogate, .unassigned: "?"
            default: Character(scalar)
            }
        })
    }
}

/// A scan that passed the content check and is kept, under its SHA-256, in the store's document
/// folder: what a proof records.
public struct AttachedScan: Hashable, Sendable {
    public var file: InboxFile
    public var format: ScanFormat
    /// Lower-case hexadecimal, as the store keeps it.
    public var sha256: String

    public init(file: InboxFile, format: ScanFormat, sha256: String) {
        self.file = file
        self.format = format
        self.sha256 = sha256
    }
}

/// The scanner's inbox as the scan screen shows it.
public struct ScanInboxView: Hashable, Sendable {
    /// The files offered, newest first; nil until the inbox has been read.
    public var files: [InboxFile]?
    /// The inbox is being read, or a file checked: the screen says to wait.
    public var working = false
    public var notice: ScanNotice?

    public init() {}
}

/// What the scan screen says after the last thing the resident did.
public enum ScanNotice: Hashable, Sendable {
    case attached
    case removed
    case refused(InboxFile, ScanRefusal)
    /// The inbox could not be read: everything typed is kept, and the scan may be skipped.
    case serviceUnavailable
}
