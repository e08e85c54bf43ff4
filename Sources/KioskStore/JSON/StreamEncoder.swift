import Foundation

/// The `Encoder` behind `SortedJSONEncoder`: writes each value into a `JSONOutput` as soon as it
/// is encoded. It keeps no coding path: the store's values are plain data whose encoding never
/// asks for one.
final class StreamEncoder: Encoder {
    let output: JSONOutput
    /// What was encoded: never `.encoder`. Set on the encoding's one thread only.
    @exclusivity(unchecked) private var result: JSONContainer.Value?

    init(output: JSONOutput) { self.output = output }

    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedWriter(container: open(isObject: true), output: output))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedWriter(container: open(isObject: false), output: output)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueWriter(encoder: self) }

    /// The container asked for again, or a new one.
    private func open(isObject: Bool) -> JSONContainer {
        if case .open(let container)? = result, container.isObject == isObject { return container }
        let container = JSONContainer(isObject: isObject)
        result = .open(container)
        return container
    }

    fileprivate func set(_ written: Range<Int>) { result = .written(written) }

    /// Where the value is, once its `encode(to:)` has returned. A value that encodes nothing is
    /// written as an empty object, as JSONEncoder does.
    func finish() throws -> Range<Int> {
        switch result {
        case nil: try JSONContainer(isObject: true).finish(output)
        case .written(let range): range
        case .open(let container): try container.finish(output)
        case .encoder(let encoder): try encoder.finish()
        }
    }
}

private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let container: JSONContainer
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }

    private func set(_ key: Key, _ written: Range<Int>) { container.set(key.stringValue, .written(written)) }

    mutating func encodeNil(forKey key: Key) throws { set(key, output.null()) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(key, output.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(key, output.string(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(key, try output.number(value)) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(key, try output.number(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(key, output.integer(value)) }
    mutating func encode(_ value: some Encodable, forKey key: Key) throws { set(key, try output.write(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedWriter<NestedKey>(container: nested(key.stringValue, isObject: true), output: output))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedWriter(container: nested(key.stringValue, isObject: false), output: output)
    }

    // A superclass writes under a key of its own (no value of the store has one).
    mutating func superEncoder() -> any Encoder { superEncoder("super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(key.stringValue) }

    private func superEncoder(_ key: String) -> any Encoder {
        let encoder = StreamEncoder(output: output)
        container.set(key, .encoder(encoder))
        return encoder
    }

    private func nested(_ key: String, isObject: Bool) -> JSONContainer {
        let nested = JSONContainer(isObject: isObject)
        container.set(key, .open(nested))
        return nested
    }
}

private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let container: JSONContainer
    let output: JSONOutput
    var codingPath: [any CodingKey] { [] }
    var count: Int { container.count }

    private func append(_ written: Range<Int>) { container.append(.written(written)) }

    mutating func encodeNil() throws { append(output.null()) }
    mutating func encode(_ value: Bool) throws { append(output.bool(value)) }
    mutating func encode(_ value: String) throws { append(output.string(value)) }
    mutating func encode(_ value: Double) throws { append(try output.number(value)) }
    mutating func encode(_ value: Float) throws { append(try output.number(value)) }
    mutating func encode(_ value: Int) throws { append(output.integer(value)) }
    mutating func encode(_ value: Int8) throws { append(output.integer(value)) }
    mutating func encode(_ value: Int16) throws { append(output.integer(value)) }
    mutating func encode(_ value: Int32) throws { append(output.integer(value)) }
    mutating func encode(_ value: Int64) throws { append(output.integer(value)) }
    mutating func encode(_ value: UInt) throws { append(output.integer(value)) }
    mutating func encode(_ value: UInt8) throws { append(output.integer(value)) }
    mutating func encode(_ value: UInt16) throws { append(output.integer(value)) }
    mutating func encode(_ value: UInt32) throws { append(output.integer(value)) }
    mutating func encode(_ value: UInt64) throws { append(output.integer(value)) }
    mutating func encode(_ value: some Encodable) throws { append(try output.write(value)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(KeyedWriter<NestedKey>(container: nested(isObject: true), output: output))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedWriter(container: nested(isObject: false), output: output)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = StreamEncoder(output: output)
        container.append(.encoder(encoder))
        return encoder
    }

    private func nested(isObject: Bool) -> JSONContainer {
        let nested = JSONContainer(isObject: isObject)
        container.append(.open(nested))
        return nested
    }
}

private struct SingleValueWriter: SingleValueEncodingContainer {
    let encoder: StreamEncoder
    var codingPath: [any CodingKey] { [] }
    private var output: JSONOutput { encoder.output }

    mutating func encodeNil() throws { encoder.set(output.null()) }
    mutating func encode(_ value: Bool) throws { encoder.set(output.bool(value)) }
    mutating func encode(_ value: String) throws { encoder.set(output.string(value)) }
    mutating func encode(_ value: Double) throws { encoder.set(try output.number(value)) }
    mutating func encode(_ value: Float) throws { encoder.set(try output.number(value)) }
    mutating func encode(_ value: Int) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: Int8) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: Int16) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: Int32) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: Int64) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: UInt) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.set(output.integer(value)) }
    mutating func encode(_ value: some Encodable) throws { encoder.set(try output.write(value)) }
}
