/// The catalog's texts in one language, looked up by key, in one voice.
///
/// A voice is a section of the catalog (`at_counter`) whose keys repeat some of the others: the
/// same screens, read at a counter by a clerk with the resident in front of them, must not send
/// the resident "to the counter". A key the voice does not repeat reads as everywhere else.
public struct Localizer: Sendable {
    public let catalog: Catalog
    public let language: Language
    public let voice: String?

    public init(_ catalog: Catalog, _ language: Language, voice: String? = nil) {
        self.catalog = catalog
        self.language = language
        self.voice = voice
    }

    /// The voice in which the counter speaks the resident's own screens.
    public static let atCounter = "at_counter"

    public subscript(_ key: String) -> String {
        catalog.text(voiced(key), in: language)
    }

    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(voiced(key), in: language, values)
    }

    private func voiced(_ key: String) -> String {
        guard let voice else { return key }
        let spoken = "\(voice).\(key)"
        return catalog.contains(spoken, in: language) ? spoken : key
    }
}
