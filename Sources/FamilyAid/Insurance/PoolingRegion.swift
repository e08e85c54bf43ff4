/// A pooling region (统筹区), named by its 6-digit administrative code.
public struct PoolingRegion: Hashable, Sendable, Codable {
    public let code: String

    /// Nil unless `code` is six ASCII digits starting with a mainland province code: pooling
    /// regions are mainland administrative divisions, so 71, 81, 82 or an unknown prefix is a typo.
    public init?(code: String) {
        guard code.count == 6, code.allSatisfy(\.isASCIIDigit), ProvinceCodes.isMainland(code.prefix(2)) else { return nil }
        self.code = code
    }

    /// The first two digits: the province whose edition rules (N24) compare.
    public var provinceCode: String { String(code.prefix(2)) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let region = PoolingRegion(code: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a pooling-region code: \(text)")
        }
        self = region
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
