import Foundation

/// Why a bundle was refused whole before anything of it was applied, in words for the operator.
public enum BundleRefusal: Error, Equatable {
    case notABundle(String)
    case unknownFormat(String)
    /// The bundle's origin has no registered key here.
    case unknownOrigin(origin: String, publicKey: String)
    case badSignature(origin: String)
    /// A file is missing, extra, or does not match the manifest.
    case fileMismatch(String)
    case tooLarge(String)
    /// The batch inside does not agree with the signed manifest.
    case batchMismatch(String)
    case nothingToExport
    case exists(String)
}

extension BundleRefusal: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .notABundle(let reason):
            "This file is not a gongji bundle (\(reason)); nothing was applied."
        case .unknownFormat(let format):
            "This bundle is in format \(format), which this gongji does not read; nothing was applied. Update gongji here."
        case .unknownOrigin(let origin, let key):
            "Bundles from \(origin) are not trusted here; nothing was applied. If \(origin) is one of this office's "
                + "installations and its `gongji key` prints \(key), a supervisor registers it with `gongji trust \(origin) \(key)`."
        case .badSignature(let origin):
            "The signature does not match \(origin)'s registered key: the bundle was changed or forged; nothing was applied."
        case .fileMismatch(let reason):
            "The bundle's contents do not match its signed manifest (\(reason)); nothing was applied. Ask for a new export."
        case .tooLarge(let what):
            "\(what) is larger than a bundle may be; nothing was applied."
        case .batchMismatch(let reason):
            "The bundle's events do not match its signed manifest (\(reason)); nothing was applied."
        case .nothingToExport:
            "Nothing happened here since the last export; no bundle was written."
        case .exists(let path):
            "\(path) exists already; a bundle is never written over a file. Choose a new name."
        }
    }
}
