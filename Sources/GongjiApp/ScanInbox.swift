import FamilyAid
import Foundation
import KioskUI

/// The folder the kiosk's document scanner writes into. The kiosk empties it when a session
/// begins and when it ends, so every file in it was scanned during the session on screen; it
/// offers only ordinary files, reads at most what a scan may weigh, and never follows a link out
/// of the folder.
public struct ScanInbox: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    /// Creates the folder where it is missing: writable by the service's user and group (the
    /// scanner's drop service among them), by nobody else.
    public func prepare() throws {
        try FileManager.default.createDirectory(
            at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o770])
    }

    /// The ordinary files in the folder, the newest first; hidden files (a scanner's work in
    /// progress) and everything that is not an ordinary file are left out.
    public func files() throws -> [InboxFile] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        let found: [(file: InboxFile, modified: Date)] = names.filter { !$0.hasPrefix(".") }.compactMap { name in
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path(of: name)),
                  attributes[.type] as? FileAttributeType == .typeRegular else { return nil }
            let bytes = (attributes[.size] as? NSNumber)?.intValue ?? 0
            return (InboxFile(name: name, bytes: bytes), attributes[.modificationDate] as? Date ?? .distantPast)
        }
        return found.sorted { ($0.modified, $0.file.name) > ($1.modified, $1.file.name) }.map(\.file)
    }

    /// The file's content and its whole size: at most one byte more than a scan may weigh, so
    /// that a huge file is refused without being read.
    public func read(_ file: InboxFile) throws(ScanRefusal) -> (content: [UInt8], size: Int) {
        guard Self.isPlainName(file.name) else { throw .gone }
        let path = path(of: file.name)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              attributes[.type] as? FileAttributeType == .typeRegular else { throw .gone }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > ScanCheck.maximumBytes { return ([], size) }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .gone }
        defer { try? handle.close() }
        do {
            let content = try handle.read(upToCount: ScanCheck.maximumBytes + 1) ?? Data()
            return ([UInt8](content), max(size, content.count))
        } catch {
            throw .unreadable
        }
    }

    /// Writes a file as a scanner would (the demo store's sample scans): under a hidden name
    /// first, then renamed, so it is never offered half-written.
    public func drop(_ content: Data, named name: String) throws {
        let hidden = directory.appendingPathComponent(".\(name).part")
        try content.write(to: hidden)
        try FileManager.default.moveItem(at: hidden, to: directory.appendingPathComponent(name))
    }

    /// Deletes everything in the folder; returns how many entries went.
    @discardableResult
    public func removeAll() throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        for name in names { try FileManager.default.removeItem(atPath: path(of: name)) }
        return names.count
    }

    private func path(of name: String) -> String {
        directory.appendingPathComponent(name, isDirectory: false).path
    }

    /// A name of one path component, as a listing gives: nothing that could reach outside the folder.
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }
}
