import Foundation

/// What `gongji bench` found: the figures, and enough about the run to compare it with another.
public struct BenchReport: Encodable, Sendable {
    /// The machine the figures were measured on.
    public struct Machine: Encodable, Sendable {
        public var processors: Int
        public var memoryGiB: Double
        public var system: String

        public static var current: Machine {
            let info = ProcessInfo.processInfo
            return Machine(
                processors: info.activeProcessorCount, memoryGiB: (Double(info.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
                system: info.operatingSystemVersionString)
        }
    }

    public var date: Date
    public var store: String
    public var applications: Int
    public var iterations: Int
    public var machine: Machine
    public var figures: [BenchFigure]

    public var isWithinBudget: Bool { figures.allSatisfy(\.isWithinBudget) }

    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(self)
    }

    /// The figures as a Markdown table, which reads as well in a terminal as in the README.
    public var table: String {
        let header = ["figure", "median", "p99", "budget", "within?"]
        let rows = figures.map { figure in
            [
                figure.name, Self.format(figure.median, figure.unit), figure.p99.map { Self.format($0, figure.unit) } ?? "-",
                (figure.budget.direction == .atMost ? "≤ " : "≥ ") + Self.format(figure.budget.limit, figure.unit),
                figure.isWithinBudget ? "yes" : "no",
            ]
        }
        let lines = [header, header.map { _ in "---" }] + rows
        return lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
    }

    static func format(_ value: Double, _ unit: String) -> String {
        switch unit {
        case "ms": String(format: value < 0.1 ? "%.4f ms" : "%.3f ms", value)
        default: String(format: "%.0f %@", value, unit)
        }
    }
}
