/// Where an application was made. It decides which of the profile's review modes applies: a kiosk
/// is self-service, like the apps and mini-programs; a counter is a clerk's (DOMAIN.md, "review":
/// 1–3 working days online, 3–5 at a counter).
public enum ApplicationChannel: String, Sendable, Codable, CaseIterable {
    /// The sharer at a kiosk: the profile's self-service review.
    case kiosk
    /// A clerk at a counter (线下窗口), possibly offline: the profile's counter review.
    case counter

    /// The review mode `rules` set for applications from this channel.
    public func reviewMode(in rules: ReviewRules) -> ReviewMode {
        switch self {
        case .kiosk: rules.selfService
        case .counter: rules.counter
        }
    }
}
