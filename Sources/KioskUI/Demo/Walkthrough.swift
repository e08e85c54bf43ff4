/// One documented flow the kiosk shows by itself: a key script from `screens/walkthroughs/`.
/// Its title on the menu comes from the catalog, so it is translated with every other word.
public struct Walkthrough: Hashable, Sendable {
    /// The file name without `.keys`, e.g. `3-rejection-and-resubmission`; the menu is in this
    /// order, so a number in front places a walkthrough.
    public let name: String
    public let script: KeyScript

    public init(name: String, script: KeyScript) {
        self.name = name
        self.script = script
    }

    /// The catalog key of its title: `walkthroughs.` and the name without its leading number,
    /// dashes as underscores (`walkthroughs.rejection_and_resubmission`).
    public var titleKey: String {
        let words = name.split(separator: "-")
        let unnumbered = words.first.map { $0.allSatisfy(\.isNumber) } == true ? words.dropFirst() : words[...]
        return "walkthroughs." + unnumbered.joined(separator: "_")
    }
}
