import Foundation

/// Writes an `Encodable` as JSON text, byte for byte as Foundation's `JSONEncoder` does with
/// `.sortedKeys` and `.withoutEscapingSlashes` and its default strategies (dates as seconds since
/// 2001, data as Base64), several times faster: seeding a million applications spent most of its
/// time in `JSONEncoder`, which checks every value's type at run time and builds its tree through
/// generic boxes, and then in a tree of its own with an array for every number and string. Here
/// every value is written once into one buffer as it is encoded, and an object, once all of its
/// members are written, is put together again from them in key order (UTF-8 byte order, as
/// `JSONEncoder` sorts).
///
/// The store's tests hold this against `JSONEncoder` on every kind of value the store keeps.
enum SortedJSONEncoder {
    static func text(_ value: some Encodable) throws -> String {
        let output = JSONOutput()
        let written = try output.write(value)
        return output.bytes.withUnsafeBufferPointer { String(decoding: $0[written], as: UTF8.self) }
    }
}

/// The buffer a value is written into: every scalar, and every container once it is put together,
/// appended at the end and known by its range. Ranges a container has put together again stay
/// behind unused; a value is written in a few times its size.
final class JSONOutput {
    // One encoding runs on one thread from start to end, so the run-time exclusivity checks on
    // these buffers (perf: about a tenth of making seeding's rows) guard against nothing.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// Where a container's members are gathered before they are appended again.
    @exclusivity(unchecked) private var scratch: [UInt8] = []

    init() { bytes.reserveCapacity(4_096) }

    /// Writes `value` and gives where it is.
    func write<T: Encodable>(_ value: T) throws -> Range<Int> {
        if T.self == Data.self, let data = value as? Data { return string(data.base64EncodedString()) }
        if T.self == URL.self, let url = value as? URL { return string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = value as? Decimal { return ascii(decimal.description) }
        let encoder = StreamEncoder(output: self)
        try value.encode(to: encoder)
        return try encoder.finish()
    }

    func string(_ text: String) -> Range<Int> {
        let start = bytes.count
        JSONText.appendQuoted(text, to: &bytes)
        return start..<bytes.count
    }

    func integer(_ value: some BinaryInteger) -> Range<Int> { ascii(value.description) }

    func number(_ value: Double) throws -> Range<Int> {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not valid JSON"))
        }
        return ascii(JSONText.withoutPointZero(value.description))
    }

    func number(_ value: Float) throws -> Range<Int> {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not valid JSON"))
        }
        return ascii(JSONText.withoutPointZero(value.description))
    }

    func bool(_ value: Bool) -> Range<Int> { ascii(value ? "true" : "false") }
    func null() -> Range<Int> { ascii("null") }

    private func ascii(_ text: some StringProtocol) -> Range<Int> {
        let start = bytes.count
        bytes.append(contentsOf: text.utf8)
        return start..<bytes.count
    }

    /// Puts an object's members (already in key order) or an array's items together at the end.
    func join(_ parts: [JSONContainer.Member], isObject: Bool) -> Range<Int> {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(isObject ? UInt8(ascii: "{") : UInt8(ascii: "["))
        for (index, part) in parts.enumerated() {
            if index > 0 { scratch.append(UInt8(ascii: ",")) }
            if isObject {
                JSONText.appendQuoted(part.key, to: &scratch)
                scratch.append(UInt8(ascii: ":"))
            }
            guard case .written(let range) = part.value else { preconditionFailure("a container is put together after its members") }
            scratch.append(contentsOf: bytes[range])
        }
        scratch.append(isObject ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        let start = bytes.count
        bytes.append(contentsOf: scratch)
        return start..<bytes.count
    }
}

/// An object or array being encoded. Its members are written as they come; one that is itself a
/// container or an encoder handed out to be filled (`nestedContainer`, `superEncoder`) is put
/// together when this one is, as only then is it sure to be complete.
final class JSONContainer {
    enum Value {
        case written(Range<Int>)
        case open(JSONContainer)
        case encoder(StreamEncoder)
    }

    struct Member {
        var key: String
        var value: Value
    }

    let isObject: Bool
    // Filled on the encoding's one thread only (see `JSONOutput.bytes`).
    @exclusivity(unchecked) private var members: [Member] = []

    init(isObject: Bool) { self.isObject = isObject }

    var count: Int { members.count }

    /// A key encoded twice keeps its last value, as in `JSONEncoder`.
    func set(_ key: String, _ value: Value) {
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append(Member(key: key, value: value))
        }
    }

    func append(_ value: Value) { members.append(Member(key: "", value: value)) }

    func finish(_ output: JSONOutput) throws -> Range<Int> {
        for index in members.indices {
            switch members[index].value {
            case .written: continue
            case .open(let nested): members[index].value = .written(try nested.finish(output))
            case .encoder(let nested): members[index].value = .written(try nested.finish())
            }
        }
        if isObject { members.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } }
        return output.join(members, isObject: isObject)
    }
}

/// JSON's spelling of strings and numbers, as JSONEncoder spells them.
enum JSONText {
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        // Most text needs no escape: then it is copied whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            output.append(contentsOf: text.utf8)
            output.append(UInt8(ascii: "\""))
            return
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Swift's shortest spelling of a number that reads back the same, without a final ".0".
    static func withoutPointZero(_ description: String) -> Substring {
        description.hasSuffix(".0") && description.count > 2 ? description.dropLast(2) : Substring(description)
    }
}
