import Foundation
import KioskStore
import ZIPFoundation

/// What every bundle file shares, events out or registry back: a zip archive made in memory,
/// sealed in its envelope with the installation's signature, written whole under a new name; and
/// on the way in, opened, its signature checked against the key registered for the origin its
/// manifest names, its entries read with a size limit each.
enum SignedArchive {
    /// The archive of `files` (the manifest first), sealed with the installation's signature.
    static func seal(_ files: [(path: String, data: Data)], signedBy database: KioskDatabase, now: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for file in files {
            try archive.addEntry(with: file.path, type: .file, uncompressedSize: Int64(file.data.count), compressionMethod: .deflate) {
                position, size in file.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let zip = archive.data else { throw BundleRefusal.notABundle("the archive could not be made") }
        return BundleEnvelope.seal(zip, signature: try database.sign(BundleEnvelope.signedMessage(zip), now: now))
    }

    /// Writes `sealed` at `path`, which must not exist: under a temporary name first, synced, then
    /// renamed, so the file is either whole or absent.
    static func write(_ sealed: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path)
        guard !FileManager.default.fileExists(atPath: target.path) else { throw BundleRefusal.exists(path) }
        let partial = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
        defer { try? FileManager.default.removeItem(at: partial) }
        guard FileManager.default.createFile(atPath: partial.path, contents: nil, attributes: [.posixPermissions: 0o640]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: partial.path])
        }
        let handle = try FileHandle(forWritingTo: partial)
        try handle.write(contentsOf: sealed)
        try handle.synchronize()
        try handle.close()
        // `moveItem` refuses to replace a file that appeared meanwhile.
        try FileManager.default.moveItem(at: partial, to: target)
    }

    /// A bundle file opened, not yet believed.
    struct Opened {
        let file: Data
        let signature: Data
        let zip: Data
        let archive: Archive
    }

    static func open(_ path: String) throws -> Opened {
        let file: Data
        do { file = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe) } catch {
            throw BundleRefusal.notABundle("it cannot be read")
        }
        let (signature, zip) = try BundleEnvelope.open(file)
        let archive: Archive
        do { archive = try Archive(data: zip, accessMode: .read) } catch { throw BundleRefusal.notABundle("not a zip archive inside") }
        return Opened(file: file, signature: signature, zip: zip, archive: archive)
    }

    /// Refuses the bundle unless the key registered for `origin` signed it. Nothing the manifest
    /// says is believed before this: it only names whose key to check.
    static func checkSignature(of opened: Opened, origin: String, publicKey: String, trustedBy database: KioskDatabase) throws {
        switch try database.isSignature(opened.signature, of: BundleEnvelope.signedMessage(opened.zip), byTrusted: origin) {
        case nil: throw BundleRefusal.unknownOrigin(origin: origin, publicKey: publicKey)
        case false?: throw BundleRefusal.badSignature(origin: origin)
        case true?: break
        }
    }

    /// The entry's bytes, refusing one larger than `limit` before reading it.
    static func read(_ path: String, from archive: Archive, limit: Int64) throws -> Data {
        guard let entry = archive[path], entry.type == .file else { throw BundleRefusal.fileMismatch("\(path) is missing") }
        guard entry.uncompressedSize <= UInt64(max(limit, 0)) else { throw BundleRefusal.tooLarge(path) }
        var data = Data()
        do {
            _ = try archive.extract(entry) { chunk in
                data.append(chunk)
                if Int64(data.count) > limit { throw BundleRefusal.tooLarge(path) }
            }
        } catch let refusal as BundleRefusal {
            throw refusal
        } catch {
            throw BundleRefusal.fileMismatch("\(path) cannot be read")
        }
        return data
    }

    /// Refuses an entry outside `expected`: nothing unlisted travels.
    static func checkNothingElse(in archive: Archive, expected: [String]) throws {
        let names = Set(expected)
        guard names.count == expected.count else { throw BundleRefusal.fileMismatch("an entry is listed twice") }
        for entry in archive where !names.contains(entry.path) {
            throw BundleRefusal.fileMismatch("\(entry.path) is not in the manifest")
        }
    }
}
