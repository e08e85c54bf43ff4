/// The catalog seen in one language: what every view holds while it draws.
public struct Localizer: Sendable {
    public let catalog: Catalog
    public let language: Language

    public init(_ catalog: Catalog, _ language: Language) {
        self.catalog = catalog
        self.language = language
    }

    public subscript(_ key: String) -> String {
        catalog.text(key, in: language)
    }

    public func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        catalog.text(key, in: language, values)
    }
}
