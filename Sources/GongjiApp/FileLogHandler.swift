import Foundation
import Logging

/// A swift-log handler that appends lines to a file. The kiosk never logs to the terminal: the
/// screen belongs to the resident. Callers never log ID numbers, names or PINs.
public struct FileLogHandler: LogHandler {
    private let sink: LogSink
    private let label: String
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info

    public init(label: String, sink: LogSink) {
        self.label = label
        self.sink = sink
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let details = merged.isEmpty ? "" : " " + merged.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        // The format style is the same text as ISO8601DateFormatter's (UTC, to the second)
        // without that class's ICU set-up, which was a thirtieth of the kiosk's start.
        let stamp = Date().formatted(.iso8601)
        sink.write("\(stamp) \(event.level) \(label): \(event.message)\(details)\n")
    }
}

/// The open log file, shared by every logger of the process.
public final class LogSink: @unchecked Sendable {
    private let handle: FileHandle?
    private let lock = NSLock()

    /// Opens (creating with owner/group-only permissions) the file at `url` for appending; a log
    /// that cannot be opened is dropped rather than stopping the kiosk.
    public init(url: URL) {
        let manager = FileManager.default
        if !manager.fileExists(atPath: url.path) {
            _ = manager.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o640])
        }
        handle = try? FileHandle(forWritingTo: url)
        _ = try? handle?.seekToEnd()
    }

    func write(_ line: String) {
        lock.lock()
        defer { lock.unlock() }
        try? handle?.write(contentsOf: Data(line.utf8))
    }
}
