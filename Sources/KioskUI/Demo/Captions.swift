/// What a walkthrough says about the step being played, in each language it was written in.
public struct Captions: Hashable, Sendable {
    public var chinese: String?
    public var english: String?

    public init(chinese: String? = nil, english: String? = nil) {
        self.chinese = chinese
        self.english = english
    }

    /// The caption in `language`; the Chinese where no English was written, since a caption a
    /// trainer forgot to translate still explains more than none.
    public func text(in language: Language) -> String? {
        switch language {
        case .chinese: chinese
        case .english: english ?? chinese
        }
    }
}
