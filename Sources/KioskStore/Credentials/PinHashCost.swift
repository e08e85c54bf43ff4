/// The scrypt cost parameters a PIN hash was made with.
///
/// They are stored beside every hash, so the cost can be raised for new PINs while old hashes
/// still verify with the cost they were made with.
public struct PinHashCost: Codable, Sendable, Equatable {
    /// CPU and memory cost: a power of two above 1.
    public var n: Int
    /// Block size.
    public var r: Int
    /// Parallelism.
    public var p: Int

    public init(n: Int, r: Int, p: Int) {
        self.n = n
        self.r = r
        self.p = p
    }

    /// The cost for real card PINs: about 16 MiB and tens of milliseconds per try, which makes
    /// guessing a six-digit PIN from a stolen file slow.
    public static let standard = PinHashCost(n: 16_384, r: 8, p: 1)

    /// A token cost so that tests which hash many PINs stay fast. Never for real PINs.
    public static let fastForTests = PinHashCost(n: 16, r: 1, p: 1)

    /// Whether scrypt accepts these parameters.
    var isUsable: Bool {
        n > 1 && n & (n - 1) == 0 && r >= 1 && p >= 1
    }
}
