import Foundation

/// The installation a store belongs to: a kiosk, a counter, or the central office.
///
/// Its origin ID names the installation's own chain in the journal and prefixes what it issues,
/// so that two offline installations never collide. The secret that keys sign-in subjects lives in
/// the same row of the store but is deliberately not part of this value, so it cannot be shown,
/// logged or encoded by accident.
public struct Installation: Codable, Sendable, Equatable {
    public var originID: String
    /// A demo store holds fictional people only; the kiosk shows a DEMO badge on it.
    public var isDemo: Bool
    public var createdAt: Date

    public init(originID: String, isDemo: Bool, createdAt: Date) {
        self.originID = originID
        self.isDemo = isDemo
        self.createdAt = createdAt
    }
}
