import FamilyAid
import Foundation
import Glibc
import KioskStore

/// What `gongji outbox export` does: the messages due, rendered from the templates, written as
/// CSV for the SMS gateway, and only then marked as handed over. A file that cannot be written
/// whole leaves every message as it was, to go out with the next export; a file written whose
/// marking then fails is harmless too, since the messages go out again under the same IDs and
/// the gateway drops what it has seen.
public enum OutboxExport {
    /// The columns of the file the gateway reads.
    public static let header = ["message_id", "mobile", "language", "text"]

    /// How long a message handed over waits for its receipt before it is handed over again.
    public static let defaultResendAfterHours = 24

    /// What one export did.
    public struct Summary: Hashable, Sendable {
        /// Messages in the file (and marked handed over).
        public var handedOver: Int
        /// Of them, those handed over before without a receipt.
        public var resent: Int
        /// Messages in the store with nobody to send them to.
        public var noRecipient: Int
    }

    /// The file's text for `messages`: the header, then one record per message, RFC 4180.
    public static func csv(_ messages: [OutboxMessage], templates: MessageTemplates) -> String {
        CSVText.file([header] + messages.compactMap { message in
            message.mobile.map { [message.id, $0, message.language.rawValue, templates.text(of: message)] }
        })
    }

    /// Hands the due messages over: rendered into `path` (a new file; standard output when nil),
    /// then marked in one transaction in the name of `acting`.
    public static func run(
        database: KioskDatabase, templates: MessageTemplates, to path: String?, resendAfterHours: Int, now: Date,
        by acting: AuthenticatedOperator
    ) throws -> Summary {
        try acting.require(.administer)
        let due = try database.outboxMessagesDue(at: now, resendAfter: TimeInterval(resendAfterHours) * 3600)
            .filter { $0.mobile != nil }
        let text = csv(due, templates: templates)
        if let path {
            try DurableFile.create(path, contents: Data(text.utf8))
        } else {
            try DurableFile.writeToStandardOutput(Data(text.utf8))
        }
        let marked = try database.markHandedOver(due.map(\.id), at: now, by: acting)
        return Summary(handedOver: marked.count, resent: marked.resent, noRecipient: try database.outboxCounts()[.noRecipient] ?? 0)
    }
}

/// Writing a file so that it is there whole or not at all, and never over another.
enum DurableFile {
    /// Writes `contents` under a temporary name beside `path`, syncs it, links it into place
    /// (which fails, changing nothing, if `path` exists) and syncs the folder. Readable by the
    /// service's user and group only: it holds mobile numbers.
    static func create(_ path: String, contents: Data) throws {
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent()
        guard !FileManager.default.fileExists(atPath: target.path) else { throw DurableFileError.exists(path) }
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o640)
        guard descriptor >= 0 else { throw DurableFileError.failed(path, errno) }
        defer { unlink(temporary.path) }
        do {
            try writeAll(contents, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw DurableFileError.failed(path, errno) }
        } catch {
            close(descriptor)
            throw error
        }
        guard close(descriptor) == 0 else { throw DurableFileError.failed(path, errno) }
        guard link(temporary.path, target.path) == 0 else {
            throw errno == EEXIST ? DurableFileError.exists(path) : DurableFileError.failed(path, errno)
        }
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            defer { close(folderDescriptor) }
            guard fsync(folderDescriptor) == 0 else { throw DurableFileError.failed(path, errno) }
        }
    }

    /// Writes `contents` to standard output and syncs it where it is a file (a pipe cannot be).
    static func writeToStandardOutput(_ contents: Data) throws {
        try writeAll(contents, to: STDOUT_FILENO, path: "standard output")
        if fsync(STDOUT_FILENO) != 0, errno != EINVAL, errno != EROFS {
            throw DurableFileError.failed("standard output", errno)
        }
    }

    private static func writeAll(_ contents: Data, to descriptor: Int32, path: String) throws {
        try contents.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw DurableFileError.failed(path, errno)
                }
                offset += written
            }
        }
    }
}

public enum DurableFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case exists(String)
    case failed(String, Int32)

    public var description: String {
        switch self {
        case .exists(let path): "\(path) exists already; give a new file (nothing was handed over)"
        case .failed(let path, let code): "cannot write \(path): \(String(cString: strerror(code))) (nothing was handed over)"
        }
    }
}
