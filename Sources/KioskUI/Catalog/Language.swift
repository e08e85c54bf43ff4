/// The languages every word on screen exists in. Chinese is the kiosk's own; English is one key
/// (F2) away, on every screen, without losing anything typed.
public enum Language: String, CaseIterable, Hashable, Sendable {
    case chinese = "zh-Hans"
    case english = "en"

    public var other: Language { self == .chinese ? .english : .chinese }
}
