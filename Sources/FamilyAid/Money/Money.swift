/// An amount of money in integer fen (分), never floating point: ¥1.00 is 100 fen.
public struct Money: Hashable, Comparable, Sendable, AdditiveArithmetic {
    public var fen: Int64

    public init(fen: Int64) {
        self.fen = fen
    }

    public static func yuan(_ yuan: Int64) -> Money {
        Money(fen: yuan * 100)
    }

    public static let zero = Money(fen: 0)

    /// "12,345.67", "-3.00", "0.00": thousands grouped, two decimals, no currency symbol (the
    /// screen's copy says 元 or ¥ as its language needs).
    public var yuanText: String {
        let magnitude = fen.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0, (whole.count - offset) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (fen < 0 ? "-" : "") + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    /// Reads "1000", "1,000.5", "-3.00" (at most two decimals); nil for anything else. Used for
    /// amounts in policy files, where people write yuan.
    ///
    /// Commas are read only as thousands separators (1,000 or 12,345,678): "1,00" is refused, not
    /// read as 100 yuan, because whoever wrote it most likely meant 1.00.
    public init?(yuanText text: String) {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        var parts = body.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        if parts[0].contains(",") {
            let groups = parts[0].split(separator: ",", omittingEmptySubsequences: false)
            guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
            parts[0] = Substring(parts[0].filter { $0 != "," })
        }
        guard !parts[0].isEmpty, parts[0].count <= 15,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let whole = Int64(parts[0]) else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            guard (1...2).contains(parts[1].count), let value = Int64(parts[1]) else { return nil }
            cents = parts[1].count == 1 ? value * 10 : value
        }
        self.init(fen: (whole * 100 + cents) * (negative ? -1 : 1))
    }

    public var isPositive: Bool { fen > 0 }
    public var isNegative: Bool { fen < 0 }

    public static func + (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen + rhs.fen) }
    public static func - (lhs: Money, rhs: Money) -> Money { Money(fen: lhs.fen - rhs.fen) }
    public static func < (lhs: Money, rhs: Money) -> Bool { lhs.fen < rhs.fen }
    public static prefix func - (amount: Money) -> Money { Money(fen: -amount.fen) }
}

extension Money: CustomStringConvertible {
    public var description: String { "¥" + yuanText }
}

/// Stored and exchanged as the integer number of fen.
extension Money: Codable {
    public init(from decoder: any Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(fen)
    }
}

extension Sequence where Element == Money {
    public func sum() -> Money { reduce(.zero, +) }
}
