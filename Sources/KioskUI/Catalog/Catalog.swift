import Yams

/// Every word a person reads, in every language, as loaded from `screens/`.
///
/// The files are YAML so that a medical-insurance office can edit them without a programmer:
/// nested sections for readability, `{name}` placeholders for values filled in on screen. Nested
/// keys are flattened with dots (`welcome.title`).
public struct Catalog: Sendable {
    let entries: [Language: [String: String]]

    /// Parses one YAML text per language; every language must be given.
    public init(sources: [Language: String]) throws(CatalogError) {
        var entries: [Language: [String: String]] = [:]
        for language in Language.allCases {
            guard let source = sources[language] else { throw .missingLanguage(language) }
            entries[language] = try Catalog.flatten(source, language: language)
        }
        self.entries = entries
    }

    /// A catalog of texts already flattened (read back from a snapshot).
    init(entries: [Language: [String: String]]) {
        self.entries = entries
    }

    /// The text for `key`, with `{placeholders}` filled from `values`. A missing key shows as
    /// `⟦key⟧` so it is visible on screen and in golden files rather than silently blank.
    public func text(_ key: String, in language: Language, _ values: [String: String] = [:]) -> String {
        guard let text = entries[language]?[key] else { return "⟦\(key)⟧" }
        return Placeholders.fill(text, with: values)
    }

    /// Whether the catalog has a text for `key` in `language`.
    public func contains(_ key: String, in language: Language) -> Bool {
        entries[language]?[key] != nil
    }

    public func keys(in language: Language) -> Set<String> {
        Set(entries[language]?.keys ?? [:].keys)
    }

    /// Every text of every language: for width and completeness checks.
    public func allTexts(in language: Language) -> [String: String] {
        entries[language] ?? [:]
    }

    private static func flatten(_ source: String, language: Language) throws(CatalogError) -> [String: String] {
        let root: Node?
        do {
            // Every entry is text, so the basic resolver (strings, lists, sections) is exact here
            // and spares start-up the core schema's pattern match on each of some 1,500 scalars.
            root = try Yams.compose(yaml: source, .basic)
        } catch {
            throw .unreadable(language, reason: "\(error)")
        }
        guard let root, case .mapping = root else { throw .unreadable(language, reason: "the file is not a list of `key: text` entries") }
        var result: [String: String] = [:]
        try flatten(root, prefix: "", into: &result, language: language)
        return result
    }

    private static func flatten(
        _ node: Node, prefix: String, into result: inout [String: String], language: Language
    ) throws(CatalogError) {
        switch node {
        case .mapping(let mapping):
            for (keyNode, value) in mapping {
                guard let key = keyNode.string else {
                    throw .unreadable(language, reason: "a key under `\(prefix)` is not text")
                }
                try flatten(value, prefix: prefix.isEmpty ? key : "\(prefix).\(key)", into: &result, language: language)
            }
        case .scalar(let scalar):
            // Folded and literal block scalars end in a newline YAML adds; the screens do not want it.
            var text = scalar.string
            while text.hasSuffix("\n") { text.removeLast() }
            result[prefix] = text
        default:
            throw .unreadable(language, reason: "`\(prefix)` must be text or a section, not a list")
        }
    }
}

public enum CatalogError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingLanguage(Language)
    case unreadable(Language, reason: String)

    public var description: String {
        switch self {
        case .missingLanguage(let language): "no texts for language \(language.rawValue)"
        case .unreadable(let language, let reason): "the \(language.rawValue) texts cannot be read: \(reason)"
        }
    }
}
