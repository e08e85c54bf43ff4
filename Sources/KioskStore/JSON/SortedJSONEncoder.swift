import Foundation

/// Writes an `Encodable` as JSON text, byte for byte as Foundation's `JSONEncoder` does with
/// `.sortedKeys` and `.withoutEscapingSlashes` and its default strategies (dates as seconds since
/// 2001, data as Base64), several times faster: seeding a million applications spent most of its
/// time in `JSONEncoder`, which checks every value's type at run time and builds its tree through
/// generic boxes. Here a value is encoded into a small tree of its own and written once; keys are
/// sorted by their UTF-8 bytes, as `JSONEncoder` sorts them.
///
/// The store's tests hold this against `JSONEncoder` on every kind of value the store keeps.
enum SortedJSONEncoder {
    static func text(_ value: some Encodable) throws -> String {
        var output: [UInt8] = []
        output.reserveCapacity(1_024)
        try JSONTree.encode(value).write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }
}

/// An encoded value: a scalar already in JSON form, or a container filled in place while its
/// owner encodes (the reason containers are classes).
enum JSONTree {
    case scalar([UInt8])
    case array(ArrayNode)
    case object(ObjectNode)

    final class ArrayNode { var items: [JSONTree] = [] }
    /// An object's members in the order they were encoded: cheaper than hashing every key, as
    /// objects have a handful of members. A key encoded twice keeps its last value, as in
    /// JSONEncoder.
    final class ObjectNode {
        var members: [(key: String, value: JSONTree)] = []

        func set(_ key: String, _ value: JSONTree) {
            if let index = members.firstIndex(where: { $0.key == key }) {
                members[index].value = value
            } else {
                members.append((key, value))
            }
        }
    }

    static func encode(_ value: some Encodable) throws -> JSONTree {
        if let special = try special(value) { return special }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        // A value that encodes nothing is written as an empty object, as JSONEncoder does.
        return encoder.tree ?? .object(ObjectNode())
    }

    /// The types JSONEncoder treats apart by default (a date through its own encoding, which
    /// needs nothing here).
    private static func special<T: Encodable>(_ value: T) throws -> JSONTree? {
        if T.self == Data.self, let data = value as? Data { return .string(data.base64EncodedString()) }
        if T.self == URL.self, let url = value as? URL { return .string(url.absoluteString) }
        if T.self == Decimal.self, let decimal = value as? Decimal { return .scalar(Array(decimal.description.utf8)) }
        return nil
    }

    static func string(_ text: String) -> JSONTree {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 2)
        JSONText.appendQuoted(text, to: &bytes)
        return .scalar(bytes)
    }

    static func number(_ value: some BinaryInteger) -> JSONTree { .scalar(Array(value.description.utf8)) }

    static func number(_ value: Double) throws -> JSONTree {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not valid JSON"))
        }
        return .scalar(JSONText.trimmingPointZero(value.description))
    }

    static func number(_ value: Float) throws -> JSONTree {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "\(value) is not valid JSON"))
        }
        return .scalar(JSONText.trimmingPointZero(value.description))
    }

    static var null: JSONTree { .scalar(Array("null".utf8)) }
    static func bool(_ value: Bool) -> JSONTree { .scalar(Array((value ? "true" : "false").utf8)) }

    func write(to output: inout [UInt8]) {
        switch self {
        case .scalar(let bytes):
            output.append(contentsOf: bytes)
        case .array(let node):
            output.append(UInt8(ascii: "["))
            for (index, item) in node.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                item.write(to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let node):
            output.append(UInt8(ascii: "{"))
            let members = node.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, member) in members.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                JSONText.appendQuoted(member.key, to: &output)
                output.append(UInt8(ascii: ":"))
                member.value.write(to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}

/// JSON's spelling of strings and numbers, as JSONEncoder spells them.
enum JSONText {
    static func appendQuoted(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
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
    static func trimmingPointZero(_ description: String) -> [UInt8] {
        var bytes = Array(description.utf8)
        if bytes.count > 2, bytes[bytes.count - 2] == UInt8(ascii: "."), bytes[bytes.count - 1] == UInt8(ascii: "0") {
            bytes.removeLast(2)
        }
        return bytes
    }
}

/// The `Encoder` that builds a `JSONTree`. It keeps no coding path: the store's values are
/// plain data whose encoding never asks for one.
private final class TreeEncoder: Encoder {
    var tree: JSONTree?

    init() {}

    /// An encoder whose keyed container is `node`, already in its parent's tree.
    init(filling node: JSONTree.ObjectNode) { tree = .object(node) }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if case .object(let node)? = tree { return KeyedEncodingContainer(KeyedContainer(node: node)) }
        let node = JSONTree.ObjectNode()
        tree = .object(node)
        return KeyedEncodingContainer(KeyedContainer(node: node))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if case .array(let node)? = tree { return UnkeyedContainer(node: node) }
        let node = JSONTree.ArrayNode()
        tree = .array(node)
        return UnkeyedContainer(node: node)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: JSONTree.ObjectNode
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { node.set(key.stringValue, .null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { node.set(key.stringValue, .bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { node.set(key.stringValue, .string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { node.set(key.stringValue, try .number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { node.set(key.stringValue, try .number(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { node.set(key.stringValue, .number(value)) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { node.set(key.stringValue, try JSONTree.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.ObjectNode()
        node.set(key.stringValue, .object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: nested))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = JSONTree.ArrayNode()
        node.set(key.stringValue, .array(nested))
        return UnkeyedContainer(node: nested)
    }

    // A superclass writes into an object of its own under the key (no value of the store has one).
    mutating func superEncoder() -> any Encoder { TreeEncoder(filling: nestedObject(forKey: "super")) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(filling: nestedObject(forKey: key.stringValue)) }

    private func nestedObject(forKey key: String) -> JSONTree.ObjectNode {
        let nested = JSONTree.ObjectNode()
        node.set(key, .object(nested))
        return nested
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer {
    let node: JSONTree.ArrayNode
    var codingPath: [any CodingKey] { [] }
    var count: Int { node.items.count }

    mutating func encodeNil() throws { node.items.append(.null) }
    mutating func encode(_ value: Bool) throws { node.items.append(.bool(value)) }
    mutating func encode(_ value: String) throws { node.items.append(.string(value)) }
    mutating func encode(_ value: Double) throws { node.items.append(try .number(value)) }
    mutating func encode(_ value: Float) throws { node.items.append(try .number(value)) }
    mutating func encode(_ value: Int) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: Int8) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: Int16) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: Int32) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: Int64) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: UInt) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: UInt8) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: UInt16) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: UInt32) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: UInt64) throws { node.items.append(.number(value)) }
    mutating func encode(_ value: some Encodable) throws { node.items.append(try JSONTree.encode(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = JSONTree.ObjectNode()
        node.items.append(.object(nested))
        return KeyedEncodingContainer(KeyedContainer<NestedKey>(node: nested))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = JSONTree.ArrayNode()
        node.items.append(.array(nested))
        return UnkeyedContainer(node: nested)
    }

    mutating func superEncoder() -> any Encoder {
        let nested = JSONTree.ObjectNode()
        node.items.append(.object(nested))
        return TreeEncoder(filling: nested)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { encoder.tree = .null }
    mutating func encode(_ value: Bool) throws { encoder.tree = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.tree = .string(value) }
    mutating func encode(_ value: Double) throws { encoder.tree = try .number(value) }
    mutating func encode(_ value: Float) throws { encoder.tree = try .number(value) }
    mutating func encode(_ value: Int) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: Int8) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: Int16) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: Int32) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: Int64) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: UInt) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: UInt8) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: UInt16) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: UInt32) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: UInt64) throws { encoder.tree = .number(value) }
    mutating func encode(_ value: some Encodable) throws { encoder.tree = try JSONTree.encode(value) }
}
