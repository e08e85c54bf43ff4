import Foundation
import KioskStore
import KioskUI

/// Finds and reads `screens/`, the content every word on screen comes from.
///
/// Looked for, in order: an explicit `--screens DIR`; `$GONGJI_SCREENS`; `screens/` beside the
/// binary or in `../share/gongji/` (an installed copy); then up the binary's folders (so
/// `swift run` and the `.build` binaries find the checkout's copy); last, the checkout this
/// source was built from (the tests).
public struct ScreensDirectory: Sendable {
    public let url: URL

    public init(url: URL) { self.url = url }

    public static func locate(explicit: String?, environment: [String: String], executablePath: String) throws(ScreensError) -> ScreensDirectory {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isScreens(url) else { throw .notFound(searched: [url.path]) }
            return ScreensDirectory(url: url)
        }
        var candidates: [URL] = []
        if let fromEnvironment = environment["GONGJI_SCREENS"] { candidates.append(URL(fileURLWithPath: fromEnvironment)) }
        let binary = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        candidates.append(binary.appendingPathComponent("screens"))
        candidates.append(binary.deletingLastPathComponent().appendingPathComponent("share/gongji/screens"))
        var folder = binary
        while folder.pathComponents.count > 1 {
            candidates.append(folder.appendingPathComponent("screens"))
            folder = folder.deletingLastPathComponent()
        }
        candidates.append(sourceCheckout)
        guard let found = candidates.first(where: isScreens) else { throw .notFound(searched: candidates.map(\.path)) }
        return ScreensDirectory(url: found)
    }

    /// The `screens/` of the checkout this file was compiled from.
    public static var sourceCheckout: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("screens")
    }

    private static func isScreens(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("text/zh-Hans.yaml").path)
    }

    /// Reads every language's texts. With `cache`, a folder of the installation's own, a start
    /// whose texts are unchanged reads them from the snapshot the last parse left there
    /// (`catalog.snapshot`) instead of parsing the YAML; any other start parses and leaves a new
    /// one. The snapshot is only ever a shortcut: one that is missing, stale, damaged or cannot
    /// be written costs the parse and nothing else.
    public func loadCatalog(cache: URL? = nil) throws(ScreensError) -> Catalog {
        var sources: [Language: String] = [:]
        for language in Language.allCases {
            let file = url.appendingPathComponent("text/\(language.rawValue).yaml")
            do {
                sources[language] = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw .unreadable(file.path, reason: error.localizedDescription)
            }
        }
        let snapshotFile = cache?.appendingPathComponent("catalog.snapshot")
        let digest = Self.digest(of: sources)
        if let snapshotFile, let bytes = try? Data(contentsOf: snapshotFile),
           let catalog = Catalog(snapshot: Array(bytes), sourceDigest: digest) {
            return catalog
        }
        let catalog: Catalog
        do {
            catalog = try Catalog(sources: sources)
        } catch {
            throw .invalid(error.description)
        }
        if let snapshotFile {
            // Written whole under another name and renamed, so a reader never sees half of it.
            try? Data(catalog.snapshot(sourceDigest: digest)).write(to: snapshotFile, options: .atomic)
        }
        return catalog
    }

    /// The SHA-256 of every language's YAML, each behind its language code and length.
    static func digest(of sources: [Language: String]) -> [UInt8] {
        var everything = Data()
        for language in Language.allCases {
            let source = Data((sources[language] ?? "").utf8)
            everything += Data("\(language.rawValue)\n\(source.count)\n".utf8) + source
        }
        return Array(ContentHash.sha256Hex(everything).utf8)
    }
}

extension ScreensDirectory {
    /// Reads the commitment letter in every language from `letters/commitment.LANG.txt`: a
    /// `version: …` line, the same in every language, a blank line, then the text. Each text's
    /// SHA-256 is computed here, where the file is read, so a signature names exactly the words
    /// that were shown.
    public func loadCommitmentLetter() throws(ScreensError) -> CommitmentLetter {
        var version: String?
        var texts: [Language: String] = [:]
        var hashes: [Language: String] = [:]
        for language in Language.allCases {
            let file = url.appendingPathComponent("letters/commitment.\(language.rawValue).txt")
            let source: String
            do {
                source = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw .unreadable(file.path, reason: error.localizedDescription)
            }
            let (fileVersion, body) = try Self.splitLetter(source, path: file.path)
            if let version, version != fileVersion {
                throw .invalid("\(file.path) is version \(fileVersion), another language is version \(version); both must be the same")
            }
            version = fileVersion
            texts[language] = body
            hashes[language] = ContentHash.sha256Hex(Data(body.utf8))
        }
        return CommitmentLetter(version: version ?? "", texts: texts, contentSHA256: hashes)
    }

    /// The version line and the text after the blank line, trailing newlines removed.
    static func splitLetter(_ source: String, path: String) throws(ScreensError) -> (version: String, body: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, first.hasPrefix("version:"),
              case let version = first.dropFirst("version:".count).trimmingCharacters(in: .whitespaces), !version.isEmpty
        else {
            throw .invalid("\(path): the first line must be `version: …`")
        }
        guard lines.count > 2, lines[1].trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .invalid("\(path): a blank line must follow the version line, then the letter")
        }
        var body = lines.dropFirst(2).joined(separator: "\n")
        while body.hasSuffix("\n") { body.removeLast() }
        guard !body.isEmpty else { throw .invalid("\(path): the letter has no text") }
        return (version, body)
    }
}

public enum ScreensError: Error, CustomStringConvertible {
    case notFound(searched: [String])
    case unreadable(String, reason: String)
    case invalid(String)

    public var description: String {
        switch self {
        case .notFound(let searched):
            "cannot find the screens/ folder (the kiosk's texts); give it with --screens DIR. Looked in: " + searched.joined(separator: ", ")
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        case .invalid(let reason):
            "the texts in screens/ are not valid: \(reason)"
        }
    }
}
