/// A catalog as plain bytes, so that a start whose texts have not changed reads them back in a
/// fraction of a millisecond instead of parsing their YAML again (measured: the parse was a
/// quarter of the kiosk's start-up).
///
/// The bytes carry the digest of the YAML they were made from; they are taken back only for the
/// same digest, so an edited text is always parsed afresh. The layout: a header line, the
/// digest (its length in one byte, then the bytes), then for each language in `Language.allCases`
/// order its code and its entries, every string as a little-endian 32-bit byte count followed
/// by its UTF-8.
extension Catalog {
    static let snapshotHeader = Array("gongji catalog 1\n".utf8)

    /// The catalog's texts as bytes, marked as made from YAML with `sourceDigest`.
    public func snapshot(sourceDigest: [UInt8]) -> [UInt8] {
        var bytes = Self.snapshotHeader
        bytes.append(UInt8(sourceDigest.count))
        bytes += sourceDigest
        for language in Language.allCases {
            let texts = entries[language] ?? [:]
            SnapshotBytes.append(language.rawValue, to: &bytes)
            SnapshotBytes.append(UInt32(texts.count), to: &bytes)
            for (key, text) in texts.sorted(by: { $0.key < $1.key }) {
                SnapshotBytes.append(key, to: &bytes)
                SnapshotBytes.append(text, to: &bytes)
            }
        }
        return bytes
    }

    /// The catalog in `snapshot`, or nil when the bytes were made from other YAML than
    /// `sourceDigest`'s, by another layout, or are cut short or damaged in any way.
    public init?(snapshot: [UInt8], sourceDigest: [UInt8]) {
        var reader = SnapshotBytes(snapshot)
        guard reader.take(Self.snapshotHeader.count)?.elementsEqual(Self.snapshotHeader) == true,
              let digestLength = reader.take(1)?.first,
              reader.take(Int(digestLength))?.elementsEqual(sourceDigest) == true
        else { return nil }
        var entries: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard reader.string() == language.rawValue, let count = reader.count() else { return nil }
            var texts: [String: String] = [:]
            texts.reserveCapacity(count)
            for _ in 0..<count {
                guard let key = reader.string(), let text = reader.string() else { return nil }
                texts[key] = text
            }
            entries[language] = texts
        }
        guard reader.isAtEnd else { return nil }
        self.init(entries: entries)
    }
}

/// Reading and writing a snapshot's counts and strings.
struct SnapshotBytes {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset == bytes.count }

    static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    static func append(_ string: String, to bytes: inout [UInt8]) {
        append(UInt32(string.utf8.count), to: &bytes)
        bytes += string.utf8
    }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    /// A count no larger than what is left could hold (each entry takes at least 8 bytes), so a
    /// damaged count never reserves gigabytes.
    mutating func count() -> Int? {
        guard let four = take(4) else { return nil }
        let value = four.reversed().reduce(0) { $0 << 8 | Int($1) }
        return value <= (bytes.count - offset) / 8 ? value : nil
    }

    mutating func string() -> String? {
        guard let four = take(4) else { return nil }
        let length = four.reversed().reduce(0) { $0 << 8 | Int($1) }
        guard let utf8 = take(length) else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }
}
