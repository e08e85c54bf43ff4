import Foundation

/// What a figure must stay within: at most `limit` (a time) or at least `limit` (a rate).
public struct BenchBudget: Codable, Hashable, Sendable {
    public enum Direction: String, Codable, Sendable { case atMost, atLeast }

    public var limit: Double
    public var direction: Direction

    public static func atMost(_ limit: Double) -> BenchBudget { BenchBudget(limit: limit, direction: .atMost) }
    public static func atLeast(_ limit: Double) -> BenchBudget { BenchBudget(limit: limit, direction: .atLeast) }

    public func admits(_ value: Double) -> Bool {
        switch direction {
        case .atMost: value <= limit
        case .atLeast: value >= limit
        }
    }
}

/// One measured figure: the median and 99th percentile of its samples (a rate has one value,
/// so no percentile), its unit and its budget. The budget is judged on the median for a time
/// the issue states as one number, and on the 99th percentile too where there is one, since a
/// kiosk that is quick on average but stalls now and then is not quick.
public struct BenchFigure: Encodable, Hashable, Sendable {
    public var name: String
    public var unit: String
    public var samples: Int
    public var median: Double
    public var p99: Double?
    public var budget: BenchBudget

    public init(name: String, unit: String, samples: Int, median: Double, p99: Double?, budget: BenchBudget) {
        self.name = name
        self.unit = unit
        self.samples = samples
        self.median = median
        self.p99 = p99
        self.budget = budget
    }

    /// A time figure from its samples, in milliseconds.
    public init(name: String, milliseconds: [Double], budget: BenchBudget) {
        let sorted = milliseconds.sorted()
        self.init(
            name: name, unit: "ms", samples: sorted.count,
            median: Percentile.of(sorted, 50), p99: Percentile.of(sorted, 99), budget: budget)
    }

    public var isWithinBudget: Bool {
        budget.admits(median) && (p99.map(budget.admits) ?? true)
    }

    enum CodingKeys: String, CodingKey {
        case name, unit, samples, median, p99, budget
        case isWithinBudget = "within"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(samples, forKey: .samples)
        try container.encode(median, forKey: .median)
        try container.encodeIfPresent(p99, forKey: .p99)
        try container.encode(budget, forKey: .budget)
        try container.encode(isWithinBudget, forKey: .isWithinBudget)
    }
}

/// Nearest-rank percentiles of sorted samples.
enum Percentile {
    static func of(_ sorted: [Double], _ percent: Double) -> Double {
        guard !sorted.isEmpty else { return .nan }
        let rank = Int((percent / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(sorted.count, max(1, rank)) - 1]
    }
}
