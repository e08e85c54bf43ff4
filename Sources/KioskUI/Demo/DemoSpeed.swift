/// How fast a walkthrough plays, as a factor on its natural pace; + and − move one level.
public struct DemoSpeed: Hashable, Sendable {
    public static let levels: [Double] = [0.25, 0.5, 1, 2, 4, 8]
    public static let normal = DemoSpeed(level: 2)

    /// An index into ``levels``.
    public private(set) var level: Int

    init(level: Int) {
        self.level = min(max(level, 0), Self.levels.count - 1)
    }

    public var factor: Double { Self.levels[level] }

    public func faster() -> DemoSpeed { DemoSpeed(level: level + 1) }
    public func slower() -> DemoSpeed { DemoSpeed(level: level - 1) }

    /// `2x`, `0.5x`: as the caption line shows it.
    public var label: String {
        factor == factor.rounded() ? "\(Int(factor))x" : "\(factor)x"
    }
}
