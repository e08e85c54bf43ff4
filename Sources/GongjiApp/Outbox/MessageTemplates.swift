import FamilyAid
import Foundation
import KioskStore
import KioskUI

/// The words of the text messages, from `screens/messages/`: one template per kind of message
/// and language, and a short text per reason code. Checked whole when loaded, so a missing
/// template or a placeholder no message fills stops the export before anything is handed over,
/// with the key to fix, rather than sending `{number}` to a resident's phone.
public struct MessageTemplates: Sendable {
    private let catalog: Catalog

    /// The placeholders each kind of message fills.
    static let placeholders: [OutboxMessage.Kind: Set<String>] = [
        .invitation: ["number", "member", "sharer", "confirm_by"],
        .guardianInvitation: ["number", "member", "sharer", "member_name", "confirm_by"],
        .approved: ["number", "member", "member_name"],
        .rejected: ["number", "member", "member_name", "reasons"],
    ]

    /// Checks `catalog` (the messages' YAML in every language): every kind has its template,
    /// every reason code its text, and no template asks for a value its kind does not have.
    public init(catalog: Catalog) throws(MessageTemplateError) {
        for language in Language.allCases {
            let texts = catalog.allTexts(in: language)
            for kind in OutboxMessage.Kind.allCases {
                let key = Self.key(kind)
                guard let template = texts[key] else { throw .missing(key, language) }
                let unknown = Self.placeholders(in: template).subtracting(Self.placeholders[kind] ?? [])
                if let name = unknown.sorted().first { throw .unknownPlaceholder(name, key, language) }
            }
            for code in ReasonCode.allCases where texts["reason.\(code.rawValue)"] == nil {
                throw .missing("reason.\(code.rawValue)", language)
            }
            if texts["reason_separator"] == nil { throw .missing("reason_separator", language) }
        }
        self.catalog = catalog
    }

    /// The text of `message` in its language, every placeholder filled.
    public func text(of message: OutboxMessage) -> String {
        text(message.kind, message.parameters, in: Language(rawValue: message.language.rawValue) ?? .chinese)
    }

    /// The text of a message of `kind` with `parameters` in `language`.
    public func text(_ kind: OutboxMessage.Kind, _ parameters: OutboxParameters, in language: Language) -> String {
        let separator = catalog.text("reason_separator", in: language)
        let reasons = (parameters.reasons ?? []).map { catalog.text("reason.\($0.rawValue)", in: language) }
        let values: [String: String] = [
            "number": parameters.number,
            "member": String(parameters.member + 1),
            "sharer": parameters.sharerName ?? "",
            "member_name": parameters.memberName ?? "",
            "confirm_by": parameters.confirmBy?.description ?? "",
            "reasons": reasons.joined(separator: separator),
        ]
        return catalog.text(Self.key(kind), in: language, values.filter { Self.placeholders[kind]?.contains($0.key) == true })
    }

    static func key(_ kind: OutboxMessage.Kind) -> String { "kind.\(kind.rawValue)" }

    /// The `{name}`s in `template`.
    static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            names.insert(String(after[..<close]))
            rest = after[after.index(after: close)...]
        }
        return names
    }
}

/// Why the message templates cannot be used.
public enum MessageTemplateError: Error, Hashable, Sendable, CustomStringConvertible {
    case missing(String, Language)
    case unknownPlaceholder(String, String, Language)

    public var description: String {
        switch self {
        case .missing(let key, let language):
            "the \(language.rawValue) messages have no `\(key)`"
        case .unknownPlaceholder(let name, let key, let language):
            "the \(language.rawValue) message `\(key)` asks for {\(name)}, which this message does not have"
        }
    }
}

extension ScreensDirectory {
    /// Reads `messages/LANG.yaml` for every language and checks the templates.
    public func loadMessageTemplates() throws(ScreensError) -> MessageTemplates {
        var sources: [Language: String] = [:]
        for language in Language.allCases {
            let file = url.appendingPathComponent("messages/\(language.rawValue).yaml")
            do {
                sources[language] = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw .unreadable(file.path, reason: error.localizedDescription)
            }
        }
        do {
            return try MessageTemplates(catalog: try Catalog(sources: sources))
        } catch let error as CatalogError {
            throw .invalid("messages: \(error.description)")
        } catch let error as MessageTemplateError {
            throw .invalid("messages: \(error.description)")
        } catch {
            throw .invalid("messages: \(error)")
        }
    }
}
